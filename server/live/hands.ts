import { mayLowerHand } from '../../lib/domain/workshop/live-permissions';
import { ZLiveSchemas } from '../../lib/realtime/live-events';
import { clearHands, lowerHand, raiseHand } from '../../lib/services/workshop/live-state';
import { sendHands } from './broadcast';
import type { TLiveContext, TLiveSocket } from './context';
import { DONE, onLive } from './pipeline';

/** Handles raised hands: anyone raises and lowers their own; facilitators lower anyone's and clear the queue. */
export function handleHands(ctx: TLiveContext, socket: TLiveSocket): void {
  onLive(ctx, socket, 'hand:raise', {
    schema: ZLiveSchemas['hand:raise'],
    who: 'member',
    handler: async (actor) => {
      await raiseHand(ctx.db, actor.assessmentId, actor.userId);
      await sendHands(ctx, actor.assessmentId);
      return DONE;
    },
  });

  onLive(ctx, socket, 'hand:lower', {
    schema: ZLiveSchemas['hand:lower'],
    who: (actor, { userId }) => mayLowerHand(actor.role, actor.userId, userId ?? actor.userId),
    handler: async (actor, { userId }) => {
      await lowerHand(ctx.db, actor.assessmentId, userId ?? actor.userId);
      await sendHands(ctx, actor.assessmentId);
      return DONE;
    },
  });

  onLive(ctx, socket, 'hands:clear', {
    schema: ZLiveSchemas['hands:clear'],
    who: 'console',
    handler: async (actor) => {
      await clearHands(ctx.db, actor.assessmentId);
      await sendHands(ctx, actor.assessmentId);
      return DONE;
    },
  });
}
