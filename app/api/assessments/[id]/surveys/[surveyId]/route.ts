import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TSurveyResponse, ZSurveyContentSchema } from '@/lib/contracts/surveys';
import { requireAccess } from '@/lib/services/access/access';
import { deleteSurvey, getSurvey, updateSurvey } from '@/lib/services/surveys/surveys';
import type { TOkResponse } from '@/lib/contracts/shared';

type P = { id: string; surveyId: string };

/** One survey with its questions, status and answer count. */
export const GET = authedRoute<P>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'assessment.view');
  return { survey: await getSurvey(db, member, params.surveyId) } satisfies TSurveyResponse;
});

/** Replaces a draft survey's title, introduction, audience, invitation rule and questions. */
export const PUT = authedRoute<P>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'survey.manage');
  return {
    survey: await updateSurvey(db, member, params.surveyId, await parseBody(req, ZSurveyContentSchema)),
  } satisfies TSurveyResponse;
});

/** Deletes a survey without answers. */
export const DELETE = authedRoute<P>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'survey.manage');
  await deleteSurvey(db, member, params.surveyId);
  return { ok: true } satisfies TOkResponse;
});
