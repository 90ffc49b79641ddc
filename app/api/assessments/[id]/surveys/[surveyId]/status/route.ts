import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TSurveyResponse, ZSurveyStatusSchema } from '@/lib/contracts/surveys';
import { requireAccess } from '@/lib/services/access/access';
import { setSurveyStatus } from '@/lib/services/surveys/surveys';

/** Publishes a survey at its public link (`open`) or closes it for good (`closed`). */
export const PUT = authedRoute<{ id: string; surveyId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'survey.manage');
  const { status } = await parseBody(req, ZSurveyStatusSchema);
  return { survey: await setSurveyStatus(db, member, params.surveyId, status) } satisfies TSurveyResponse;
});
