import { addTime, startTimer } from '../../lib/domain/workshop/live-timer';
import { itemPath, plenaryPath } from '../../lib/domain/workshop/run-of-show';
import { assessmentRoom } from '../../lib/realtime/events';
import { ZLiveSchemas } from '../../lib/realtime/live-events';
import { updateLiveState } from '../../lib/services/workshop/live-state';
import { type TRunStep, changeRun, itemAfter } from '../../lib/services/workshop/run-state';
import { currentAgendaItem } from '../../lib/services/workshop/session-run';
import { sendState } from './broadcast';
import { startBreakouts } from './console';
import type { TActor, TLiveContext, TLiveSocket } from './context';
import { DONE, onLive } from './pipeline';
import { timerOf, timerRow } from './timer';

const DEFAULT_TIMER_MINUTES = 15;

// Tells the room, so that every cockpit (a co-facilitator's too) reads the run of show again.
// Everyone's live strip shows the item running now.
async function sendRun(ctx: TLiveContext, assessmentId: string, step: TRunStep): Promise<void> {
  const item = await currentAgendaItem(ctx.db, assessmentId);
  ctx.io
    .to(assessmentRoom(assessmentId))
    .emit('run:update', { sessionId: step.sessionId, currentIndex: step.after.currentIndex, item });
}

/** Carries out what starting an item does to the room: breakouts and their timer, or everyone to its page. */
async function startItemInRoom(ctx: TLiveContext, actor: TActor, step: TRunStep): Promise<void> {
  const { item } = step;
  const minutes = item.timerMinutes ?? item.durationMinutes ?? DEFAULT_TIMER_MINUTES;
  if (item.kind === 'breakout') {
    await startBreakouts(ctx, actor.assessmentId, timerRow(startTimer(Date.now(), minutes, item.title)));
    return;
  }
  const path = itemPath(actor.assessmentId, item);
  const state = await updateLiveState(ctx.db, actor.assessmentId, () => ({
    breakout_active: 0,
    // A break runs on the clock; the other items end when the facilitator says.
    ...timerRow(item.kind === 'break' ? startTimer(Date.now(), minutes, item.title) : null),
    ...(path ? { follow: JSON.stringify({ byUserId: actor.userId, path }) } : {}),
    ...(item.kind === 'report-back' ? { spotlight_group_id: item.groupId ?? null } : {}),
  }));
  sendState(ctx, actor.assessmentId, state);
}

/**
 * Handles the run of show (facilitators only): starting an agenda item does what it says (a
 * breakout item starts the breakouts and the timer together; a plenary, report-back or rating
 * item takes followers to its page), extending gives it more time, and ending a breakout item
 * brings everyone back to the plenary.
 */
export function handleRunOfShow(ctx: TLiveContext, socket: TLiveSocket): void {
  onLive(ctx, socket, 'run:start', {
    schema: ZLiveSchemas['run:start'],
    who: 'console',
    handler: async (actor, { sessionId, index }) => {
      const step = await changeRun(ctx.db, actor.assessmentId, sessionId, actor.userId, { action: 'start', index });
      await startItemInRoom(ctx, actor, step);
      await sendRun(ctx, actor.assessmentId, step);
      return DONE;
    },
  });

  onLive(ctx, socket, 'run:extend', {
    schema: ZLiveSchemas['run:extend'],
    who: 'console',
    handler: async (actor, { sessionId, minutes }) => {
      const step = await changeRun(ctx.db, actor.assessmentId, sessionId, actor.userId, { action: 'extend', minutes });
      if (step.item.kind === 'breakout' || step.item.kind === 'break') {
        const state = await updateLiveState(ctx.db, actor.assessmentId, (row) => {
          const timer = timerOf(row);
          return timer ? timerRow(addTime(timer, minutes * 60_000, Date.now())) : {};
        });
        sendState(ctx, actor.assessmentId, state);
      }
      await sendRun(ctx, actor.assessmentId, step);
      return DONE;
    },
  });

  onLive(ctx, socket, 'run:end', {
    schema: ZLiveSchemas['run:end'],
    who: 'console',
    handler: async (actor, { sessionId }) => {
      const step = await changeRun(ctx.db, actor.assessmentId, sessionId, actor.userId, { action: 'end' });
      if (step.item.kind === 'breakout' || step.item.kind === 'break') {
        const wasBreakout = step.item.kind === 'breakout';
        sendState(
          ctx,
          actor.assessmentId,
          await updateLiveState(ctx.db, actor.assessmentId, () => ({
            ...timerRow(null),
            ...(wasBreakout ? { breakout_active: 0 } : {}),
          })),
        );
        if (wasBreakout)
          ctx.io
            .to(assessmentRoom(actor.assessmentId))
            .emit('breakout:go', { path: plenaryPath(actor.assessmentId, itemAfter(step)) });
      }
      await sendRun(ctx, actor.assessmentId, step);
      return DONE;
    },
  });
}
