import { DomainError } from '../../lib/domain/shared/errors';
import { areaOfPath, isAssessmentPath } from '../../lib/domain/workshop/live-paths';
import { ZLiveSchemas } from '../../lib/realtime/live-events';
import { sendPresence } from './broadcast';
import type { TLiveContext, TLiveSocket } from './context';
import { DONE, onLive } from './pipeline';
import { Throttle } from './throttle';

// Clients say where they are on every navigation; more than a few a second is a faulty or hostile client.
const whereThrottle = new Throttle(200);

/**
 * Handles `presence:where` (any member: the page they now show, and whether they follow) and leaving,
 * each followed by the room's presence.
 */
export function handlePresence(ctx: TLiveContext, socket: TLiveSocket): void {
  onLive(ctx, socket, 'presence:where', {
    schema: ZLiveSchemas['presence:where'],
    who: 'member',
    handler: async (actor, { path, following }) => {
      if (!whereThrottle.allow(socket.id, Date.now())) throw new DomainError('live.too_many_updates');
      if (!isAssessmentPath(path, actor.assessmentId)) throw new DomainError('live.not_assessment_page');
      const live = socket.data.live;
      if (!live) return DONE;
      socket.data.live = {
        ...live,
        path,
        areaId: areaOfPath(path, actor.assessmentId),
        following: following ?? live.following,
        since: Date.now(),
      };
      await sendPresence(ctx, actor.assessmentId);
      return DONE;
    },
  });

  socket.on('disconnect', () => {
    const live = socket.data.live;
    // The socket has already left its rooms here, so the presence sent no longer counts it.
    if (live) sendPresence(ctx, live.assessmentId).catch(() => undefined);
  });
}
