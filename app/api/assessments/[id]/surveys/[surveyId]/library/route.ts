import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TDocumentResponse } from '@/lib/contracts/library';
import { requireAccess } from '@/lib/services/access/access';
import { attachSurveyToLibrary } from '@/lib/services/surveys/survey-kpi';

/** Files the survey's results (counts only, small groups left out) in the library as a background document. */
export const POST = authedRoute<{ id: string; surveyId: string }>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'survey.manage');
  const document = await attachSurveyToLibrary(db, member, params.surveyId);
  return Response.json({ document } satisfies TDocumentResponse, { status: 201 });
});
