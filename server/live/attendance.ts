import { recordAttendance } from '../../lib/services/sessions';
import type { TLiveContext, TLiveSocket } from './context';

// A member in the room during a running session attended it; sightings repeat while they stay,
// so the session's attendance shows until when they were there.
const SIGHTING_INTERVAL_MS = 5 * 60_000;

/** Records the joining member's attendance now and every few minutes while the socket stays in that assessment. */
export function trackAttendance(ctx: TLiveContext, socket: TLiveSocket, assessmentId: string): void {
  const record = () => {
    if (socket.data.live?.assessmentId !== assessmentId) return;
    recordAttendance(ctx.db, assessmentId, socket.data.user.id).catch((err: unknown) =>
      ctx.logger.warn('live.attendance-failed', { assessmentId, userId: socket.data.user.id, error: err instanceof Error ? err.message : String(err) }),
    );
  };
  record();
  const timer = setInterval(() => {
    if (socket.data.live?.assessmentId !== assessmentId) return clearInterval(timer);
    record();
  }, SIGHTING_INTERVAL_MS);
  timer.unref();
  socket.once('disconnect', () => clearInterval(timer));
}
