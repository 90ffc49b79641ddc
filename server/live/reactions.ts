import type { Throttle } from './throttle';
import { assessmentRoom } from '../../lib/realtime/events';
import { onLive } from './auth';
import { LiveError, type TLiveContext, type TLiveSocket } from './context';

/** How often one member may react. */
export const REACTION_INTERVAL_MS = 1000;

/** Handles reactions (any member, one a second): passed on as volatile events, never stored. */
export function handleReactions(ctx: TLiveContext, socket: TLiveSocket, throttle: Throttle): void {
  onLive(ctx, socket, 'reaction', (actor, { emoji }) => {
    if (!throttle.allow(`${actor.assessmentId}:${actor.userId}`, Date.now())) throw new LiveError('one reaction a second');
    // Volatile: a reaction a slow client misses is better dropped than delivered late.
    ctx.io.to(assessmentRoom(actor.assessmentId)).volatile.emit('reaction', { userId: actor.userId, name: actor.name, emoji, at: Date.now() });
    return Promise.resolve();
  });
}
