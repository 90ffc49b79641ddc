import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TSurveyKpiResponse, ZSurveyKpiSchema } from '@/lib/contracts/surveys';
import { requireAccess } from '@/lib/services/access/access';
import { recordSurveyAsKpi } from '@/lib/services/surveys/survey-kpi';

/** Records a question's result as a measurement of a KPI of the adopted plan. */
export const POST = authedRoute<{ id: string; surveyId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'survey.manage');
  const input = await parseBody(req, ZSurveyKpiSchema);
  const measurement = await recordSurveyAsKpi(db, member, params.surveyId, input);
  return Response.json({ measurement } satisfies TSurveyKpiResponse, { status: 201 });
});
