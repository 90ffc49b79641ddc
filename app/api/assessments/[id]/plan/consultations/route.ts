import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { addConsultation, listConsultations } from '@/lib/services/plan/plan-consultations';
import { type TConsultationsResponse, ZConsultationSchema } from '@/lib/contracts/plan';

/** The stakeholder consultation log. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { consultations: await listConsultations(db, params.id) } satisfies TConsultationsResponse;
});

/** Records who was consulted, when, what they said and what changed. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'plan.edit');
  await addConsultation(db, actor, await parseBody(req, ZConsultationSchema));
  return Response.json({ consultations: await listConsultations(db, params.id) } satisfies TConsultationsResponse, {
    status: 201,
  });
});
