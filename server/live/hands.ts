import { mayLowerHand } from '../../lib/domain/workshop/live-permissions';
import { clearHands, lowerHand, raiseHand } from '../../lib/services/workshop/live-state';
import { onLive, refuse } from './auth';
import { sendHands } from './broadcast';
import type { TLiveContext, TLiveSocket } from './context';

/** Handles raised hands: anyone raises and lowers their own; facilitators lower anyone's and clear the queue. */
export function handleHands(ctx: TLiveContext, socket: TLiveSocket): void {
  onLive(ctx, socket, 'hand:raise', async (actor) => {
    await raiseHand(ctx.db, actor.assessmentId, actor.userId);
    await sendHands(ctx, actor.assessmentId);
  });

  onLive(ctx, socket, 'hand:lower', async (actor, { userId }) => {
    const target = userId ?? actor.userId;
    if (!mayLowerHand(actor.role, actor.userId, target)) return refuse(ctx, actor, 'hand:lower', 'forbidden', true);
    await lowerHand(ctx.db, actor.assessmentId, target);
    await sendHands(ctx, actor.assessmentId);
  });

  onLive(
    ctx,
    socket,
    'hands:clear',
    async (actor) => {
      await clearHands(ctx.db, actor.assessmentId);
      await sendHands(ctx, actor.assessmentId);
    },
    { console: 'hands:clear' },
  );
}
