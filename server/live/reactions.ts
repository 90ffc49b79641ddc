import { DomainError } from '../../lib/domain/shared/errors';
import { assessmentRoom } from '../../lib/realtime/events';
import { ZLiveSchemas } from '../../lib/realtime/live-events';
import type { TLiveContext, TLiveSocket } from './context';
import { DONE, onLive } from './pipeline';
import type { Throttle } from './throttle';

/** How often one member may react. */
export const REACTION_INTERVAL_MS = 1000;

/** Handles reactions (any member, one a second): passed on as volatile events, never stored. */
export function handleReactions(ctx: TLiveContext, socket: TLiveSocket, throttle: Throttle): void {
  onLive(ctx, socket, 'reaction', {
    schema: ZLiveSchemas.reaction,
    who: 'member',
    handler: (actor, { emoji }) => {
      if (!throttle.allow(`${actor.assessmentId}:${actor.userId}`, Date.now()))
        throw new DomainError('live.one_reaction_a_second');
      // Volatile: a reaction a slow client misses is better dropped than delivered late.
      ctx.io
        .to(assessmentRoom(actor.assessmentId))
        .volatile.emit('reaction', { userId: actor.userId, name: actor.name, emoji, at: Date.now() });
      return Promise.resolve(DONE);
    },
  });
}
