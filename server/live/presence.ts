import { areaOfPath, isAssessmentPath } from '../../lib/domain/workshop/live-paths';
import { Throttle } from './throttle';
import { onLive } from './auth';
import { sendPresence } from './broadcast';
import { LiveError, type TLiveContext, type TLiveSocket } from './context';

// Clients say where they are on every navigation; more than a few a second is a faulty or hostile client.
const whereThrottle = new Throttle(200);

/** Handles `presence:where` (any member: the page they now show) and leaving, each followed by the room's presence. */
export function handlePresence(ctx: TLiveContext, socket: TLiveSocket): void {
  onLive(ctx, socket, 'presence:where', async (actor, { path }) => {
    if (!whereThrottle.allow(socket.id, Date.now())) throw new LiveError('too many updates');
    if (!isAssessmentPath(path, actor.assessmentId)) throw new LiveError('not a page of this assessment');
    const live = socket.data.live;
    if (!live) return;
    socket.data.live = { ...live, path, areaId: areaOfPath(path, actor.assessmentId), since: Date.now() };
    await sendPresence(ctx, actor.assessmentId);
  });

  socket.on('disconnect', () => {
    const live = socket.data.live;
    // The socket has already left its rooms here, so the presence sent no longer counts it.
    if (live) sendPresence(ctx, live.assessmentId).catch(() => undefined);
  });
}
