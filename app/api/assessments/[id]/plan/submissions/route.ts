import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { notifyPlanSubmitted } from '@/lib/services/notifications/on-workshop';
import { listSubmissions, submitPlan } from '@/lib/services/plan/plan-adoption';
import { type TSubmissionsResponse, ZSubmitPlanSchema } from '@/lib/contracts/plan';
import type { TCreatedResponse } from '@/lib/contracts/shared';

/** Every submission for adoption with its approvers' decisions. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { submissions: await listSubmissions(db, params.id) } satisfies TSubmissionsResponse;
});

/** Submits the current draft to named approvers; 409 with the reasons while it cannot be adopted. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'plan.edit');
  const id = await submitPlan(db, actor, await parseBody(req, ZSubmitPlanSchema));
  await notifyPlanSubmitted(db, actor, id);
  return Response.json({ id } satisfies TCreatedResponse, { status: 201 });
});
