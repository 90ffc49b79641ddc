import { CloseCode } from '../../lib/collab/close-codes';
import { breakoutPath, isAssessmentPath } from '../../lib/domain/workshop/live-paths';
import { assessmentRoom, memberRoom } from '../../lib/realtime/events';
import { findAssessment } from '../../lib/services/assessments/assessments';
import { audit } from '../../lib/services/shared/audit';
import { groupsOverview } from '../../lib/services/workshop/group-overview';
import { type TLiveRowPatch, parseFollow, parseLocked, updateLiveState } from '../../lib/services/workshop/live-state';
import { findMembership } from '../../lib/services/access/membership';
import { mayRunConsole } from '../../lib/domain/workshop/live-permissions';
import { closeYjsConnections } from '../yjs/server';
import { DomainError } from '../../lib/domain/shared/errors';
import { ZLiveSchemas } from '../../lib/realtime/live-events';
import { sendState } from './broadcast';
import type { TLiveContext, TLiveSocket } from './context';
import { DONE, onLive } from './pipeline';

/**
 * Starts the breakouts, with `patch` (a timer) in the same change of the live state, and sends
 * each member to their own group's page.
 */
export async function startBreakouts(ctx: TLiveContext, assessmentId: string, patch: TLiveRowPatch): Promise<void> {
  // Follow-me and a spotlight would pull people straight back out of their groups.
  const state = await updateLiveState(ctx.db, assessmentId, () => ({
    ...patch,
    breakout_active: 1,
    follow: null,
    spotlight_group_id: null,
  }));
  sendState(ctx, assessmentId, state);
  const overview = await groupsOverview(ctx.db, assessmentId);
  const groups = overview.groups.map((g) => ({
    memberIds: g.members.map((m) => m.id),
    areaIds: g.areas.map((a) => a.id),
  }));
  const members = await ctx.db
    .selectFrom('memberships')
    .select('user_id')
    .where('assessment_id', '=', assessmentId)
    .execute();
  // To each member's own room, on whichever instance their sockets are.
  for (const m of members)
    ctx.io
      .to(memberRoom(assessmentId, m.user_id))
      .emit('breakout:go', { path: breakoutPath(assessmentId, groups, m.user_id) });
}

/** Handles the facilitators' console: breakouts, spotlight, area locks and announcements (facilitators only). */
export function handleConsole(ctx: TLiveContext, socket: TLiveSocket): void {
  onLive(ctx, socket, 'breakout:start', {
    schema: ZLiveSchemas['breakout:start'],
    who: 'console',
    handler: async (actor) => {
      await startBreakouts(ctx, actor.assessmentId, {});
      return DONE;
    },
  });

  onLive(ctx, socket, 'breakout:end', {
    schema: ZLiveSchemas['breakout:end'],
    who: 'console',
    handler: async (actor, { path }) => {
      if (!isAssessmentPath(path, actor.assessmentId)) throw new DomainError('live.not_assessment_page');
      sendState(
        ctx,
        actor.assessmentId,
        await updateLiveState(ctx.db, actor.assessmentId, () => ({ breakout_active: 0 })),
      );
      // Everyone comes back to the plenary: the page the facilitator ended the breakouts from.
      ctx.io.to(assessmentRoom(actor.assessmentId)).emit('breakout:go', { path });
      return DONE;
    },
  });

  onLive(ctx, socket, 'spotlight:set', {
    schema: ZLiveSchemas['spotlight:set'],
    who: 'console',
    handler: async (actor, { groupId }) => {
      if (groupId !== null) {
        const group = await ctx.db
          .selectFrom('breakout_groups')
          .select('id')
          .where('id', '=', groupId)
          .where('assessment_id', '=', actor.assessmentId)
          .executeTakeFirst();
        if (!group) throw new DomainError('live.no_such_group');
      }
      const state = await updateLiveState(ctx.db, actor.assessmentId, () => ({ spotlight_group_id: groupId }));
      // A rapporteur's presentation ends with their group's spotlight; a facilitator's follow-me stays.
      const leader = state.follow ? await findMembership(ctx.db, actor.assessmentId, state.follow.byUserId) : null;
      if (state.follow && !(leader && mayRunConsole(leader.role))) {
        const led = state.follow.byUserId;
        sendState(
          ctx,
          actor.assessmentId,
          await updateLiveState(ctx.db, actor.assessmentId, (row) =>
            parseFollow(row.follow)?.byUserId === led ? { follow: null } : {},
          ),
        );
        return DONE;
      }
      sendState(ctx, actor.assessmentId, state);
      return DONE;
    },
  });

  const setLock =
    (locked: boolean) =>
    async (actor: { assessmentId: string; userId: string }, { areaId }: { areaId: string }) => {
      const assessment = await findAssessment(ctx.db, actor.assessmentId);
      if (!assessment?.areas.includes(areaId)) throw new DomainError('live.no_such_area');
      const state = await updateLiveState(ctx.db, actor.assessmentId, (row) => {
        const current = new Set(parseLocked(row.locked_areas));
        if (locked) current.add(areaId);
        else current.delete(areaId);
        return { locked_areas: JSON.stringify(assessment.areas.filter((a) => current.has(a))) };
      });
      await audit(ctx.db, {
        assessmentId: actor.assessmentId,
        actorId: actor.userId,
        action: locked ? 'live.area.lock' : 'live.area.unlock',
        detail: { areaId },
      });
      sendState(ctx, actor.assessmentId, state);
      // Editors reconnect and the sync server decides again, now reading the new locks.
      const closed = closeYjsConnections({ assessmentId: actor.assessmentId }, CloseCode.accessChanged);
      ctx.logger.info('live.area-lock', {
        assessmentId: actor.assessmentId,
        areaId,
        locked,
        closedConnections: closed,
      });
      return DONE;
    };
  onLive(ctx, socket, 'area:lock', { schema: ZLiveSchemas['area:lock'], who: 'console', handler: setLock(true) });
  onLive(ctx, socket, 'area:unlock', { schema: ZLiveSchemas['area:unlock'], who: 'console', handler: setLock(false) });

  onLive(ctx, socket, 'announcement:set', {
    schema: ZLiveSchemas['announcement:set'],
    who: 'console',
    handler: async (actor, { text }) => {
      const announcement = JSON.stringify({ text, at: new Date().toISOString(), byName: actor.name });
      sendState(ctx, actor.assessmentId, await updateLiveState(ctx.db, actor.assessmentId, () => ({ announcement })));
      return DONE;
    },
  });
  onLive(ctx, socket, 'announcement:clear', {
    schema: ZLiveSchemas['announcement:clear'],
    who: 'console',
    handler: async (actor) => {
      sendState(
        ctx,
        actor.assessmentId,
        await updateLiveState(ctx.db, actor.assessmentId, () => ({ announcement: null })),
      );
      return DONE;
    },
  });
}
