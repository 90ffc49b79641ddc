import { addTime, pauseTimer, resumeTimer, startTimer, type TLiveTimer } from '../../lib/domain/workshop/live-timer';
import type { TLiveRowPatch } from '../../lib/services/workshop/live-state';
import { updateLiveState } from '../../lib/services/workshop/live-state';
import type { LiveStateTable } from '../../lib/db/schema';
import { DomainError } from '../../lib/domain/shared/errors';
import { ZLiveSchemas } from '../../lib/realtime/live-events';
import { sendState } from './broadcast';
import type { TActor, TLiveContext, TLiveSocket } from './context';
import { DONE, onLive } from './pipeline';

/** The timer a stored row holds, or null. */
export function timerOf(
  row: Pick<LiveStateTable, 'timer_label' | 'timer_ends_at' | 'timer_paused_remaining_ms'>,
): TLiveTimer | null {
  return row.timer_label === null
    ? null
    : { label: row.timer_label, endsAt: row.timer_ends_at, pausedRemainingMs: row.timer_paused_remaining_ms };
}

/** The stored columns of a timer, or of no timer. */
export function timerRow(timer: TLiveTimer | null): TLiveRowPatch {
  return {
    timer_label: timer?.label ?? null,
    timer_ends_at: timer?.endsAt ?? null,
    timer_paused_remaining_ms: timer?.pausedRemainingMs ?? null,
  };
}

/**
 * Handles the shared countdown (facilitators only): its end is stored as an instant, so every
 * client and a reload agree.
 */
export function handleTimer(ctx: TLiveContext, socket: TLiveSocket): void {
  // Changes an existing timer; refused when there is none.
  const change = async (actor: TActor, fn: (t: TLiveTimer, now: number) => TLiveTimer) => {
    const state = await updateLiveState(ctx.db, actor.assessmentId, (row) => {
      const timer = timerOf(row);
      if (!timer) throw new DomainError('live.no_timer');
      return timerRow(fn(timer, Date.now()));
    });
    sendState(ctx, actor.assessmentId, state);
    return DONE;
  };

  onLive(ctx, socket, 'timer:start', {
    schema: ZLiveSchemas['timer:start'],
    who: 'console',
    handler: async (actor, { minutes, label }) => {
      sendState(
        ctx,
        actor.assessmentId,
        await updateLiveState(ctx.db, actor.assessmentId, () => timerRow(startTimer(Date.now(), minutes, label))),
      );
      return DONE;
    },
  });
  onLive(ctx, socket, 'timer:pause', {
    schema: ZLiveSchemas['timer:pause'],
    who: 'console',
    handler: (actor) => change(actor, pauseTimer),
  });
  onLive(ctx, socket, 'timer:resume', {
    schema: ZLiveSchemas['timer:resume'],
    who: 'console',
    handler: (actor) => change(actor, resumeTimer),
  });
  onLive(ctx, socket, 'timer:add', {
    schema: ZLiveSchemas['timer:add'],
    who: 'console',
    handler: (actor, { minutes }) => change(actor, (t, now) => addTime(t, minutes * 60_000, now)),
  });
  onLive(ctx, socket, 'timer:stop', {
    schema: ZLiveSchemas['timer:stop'],
    who: 'console',
    handler: async (actor) => {
      sendState(ctx, actor.assessmentId, await updateLiveState(ctx.db, actor.assessmentId, () => timerRow(null)));
      return DONE;
    },
  });
}
