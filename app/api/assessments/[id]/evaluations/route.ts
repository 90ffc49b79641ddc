import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { listEvaluations, setEvaluation } from '@/lib/services/monitoring/evaluation';
import { type TEvaluationsResponse, ZEvaluationSchema } from '@/lib/contracts/monitoring';

/** Every Part V judgement of the adopted plan's objectives and KPIs. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'monitoring.view');
  return { evaluations: await listEvaluations(db, params.id) } satisfies TEvaluationsResponse;
});

/** Records the judgement of one objective or KPI on one criterion, with its evidence. */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'evaluation.edit');
  const input = await parseBody(req, ZEvaluationSchema);
  await setEvaluation(db, actor, input);
  return { evaluations: await listEvaluations(db, params.id) } satisfies TEvaluationsResponse;
});
