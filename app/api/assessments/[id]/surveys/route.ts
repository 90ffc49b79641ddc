import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { type TSurveyResponse, type TSurveysResponse, ZNewSurveySchema } from '@/lib/contracts/surveys';
import { createSurvey, listSurveys } from '@/lib/services/surveys/surveys';

/** The assessment's perception surveys with their status and answer counts (the public link for facilitators only). */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'assessment.view');
  return { surveys: await listSurveys(db, member) } satisfies TSurveysResponse;
});

/** A new draft survey from a starter template: `{ template: 'staff' | 'clients' | 'blank' }`. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'survey.manage');
  const { template } = await parseBody(req, ZNewSurveySchema);
  return Response.json({ survey: await createSurvey(db, member, template) } satisfies TSurveyResponse, { status: 201 });
});
