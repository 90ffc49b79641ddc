import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TSurveyResultsResponse } from '@/lib/contracts/surveys';
import { requireAccess } from '@/lib/services/access/access';
import { surveyResults } from '@/lib/services/surveys/survey-answers';

/** A survey's results, with breakdowns by its grouping questions; groups under the anonymity threshold are hidden. */
export const GET = authedRoute<{ id: string; surveyId: string }>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'assessment.view');
  return { results: await surveyResults(db, member, params.surveyId) } satisfies TSurveyResultsResponse;
});
