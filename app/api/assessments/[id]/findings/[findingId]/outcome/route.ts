import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { broadcastToAssessment } from '@/lib/realtime/broadcast';
import { ZSetOutcomeSchema, type TOutcomeResponse } from '@/lib/contracts/report-back';
import { requireAccess } from '@/lib/services/access/access';
import { notifyFindingDisputed } from '@/lib/services/notifications/on-workshop';
import { reportBackState, setFindingOutcome } from '@/lib/services/workshop/findings';

/** Sets (outcome null: clears) the plenary's outcome for a finding; facilitators only. */
export const PUT = authedRoute<{ id: string; findingId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'session.run');
  const input = await parseBody(req, ZSetOutcomeSchema);
  await setFindingOutcome(db, me, params.findingId, input);
  const { outcomes } = await reportBackState(db, params.id);
  const outcome = outcomes.find((o) => o.findingId === params.findingId) ?? null;
  broadcastToAssessment(params.id, 'findings:outcome', { findingId: params.findingId, outcome });
  if (input.outcome === 'disputed') await notifyFindingDisputed(db, me, input.groupId);
  return { outcome } satisfies TOutcomeResponse;
});
