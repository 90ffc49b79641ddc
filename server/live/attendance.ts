import { assessmentRoom } from '../../lib/realtime/events';
import { assessmentsWithRunningSessions, recordAttendance } from '../../lib/services/workshop/sessions';
import type { TLiveContext } from './context';

// A member in the room during a running session attended it. Joining records them at once; a
// sweep records everyone still in the room, so that people who were there before the session
// began count as well (without loading a page), and the attendance shows until when they stayed.
const SWEEP_INTERVAL_MS = 30_000;

function recordQuietly(ctx: TLiveContext, assessmentId: string, userId: string, now: Date): Promise<void> {
  return recordAttendance(ctx.db, assessmentId, userId, now).then(
    () => undefined,
    (err: unknown) =>
      ctx.logger.warn('live.attendance-failed', {
        assessmentId,
        userId,
        error: err instanceof Error ? err.message : String(err),
      }),
  );
}

/** Records a member who joins the room as attending the assessment's running sessions. */
export function recordJoinAttendance(ctx: TLiveContext, assessmentId: string, userId: string): void {
  void recordQuietly(ctx, assessmentId, userId, new Date());
}

/**
 * Records, for every assessment with a running session, each member this instance has in its
 * room. Each instance sweeps its own sockets (`local`): with the Redis adapter every instance
 * runs a sweep, so together they cover the whole room without asking each other.
 */
export async function sweepAttendance(ctx: TLiveContext, now: Date = new Date()): Promise<void> {
  for (const assessmentId of await assessmentsWithRunningSessions(ctx.db, now)) {
    const sockets = await ctx.io.in(assessmentRoom(assessmentId)).local.fetchSockets();
    const present = new Set(
      sockets.filter((s) => s.data.live?.assessmentId === assessmentId).map((s) => s.data.user.id),
    );
    for (const userId of present) await recordQuietly(ctx, assessmentId, userId, now);
  }
}

/** Sweeps every `intervalMs` until the returned function is called. */
export function startAttendanceSweep(ctx: TLiveContext, intervalMs: number = SWEEP_INTERVAL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    // A slow database must not stack sweeps on top of each other.
    if (running) return;
    running = true;
    sweepAttendance(ctx)
      .catch((err: unknown) =>
        ctx.logger.warn('live.attendance-sweep-failed', { error: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
