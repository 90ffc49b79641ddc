import { DomainError } from '../../lib/domain/shared/errors';
import { isAssessmentPath } from '../../lib/domain/workshop/live-paths';
import { mayPresent, mayStopFollow } from '../../lib/domain/workshop/live-permissions';
import { ZLiveSchemas } from '../../lib/realtime/live-events';
import { readLiveState, updateLiveState } from '../../lib/services/workshop/live-state';
import { sendState } from './broadcast';
import type { TLiveContext, TLiveSocket } from './context';
import { DONE, onLive } from './pipeline';

/**
 * Handles follow-me: `follow:set` (facilitators, or the spotlighted group's rapporteur) takes
 * every other client to a page of the assessment; `follow:stop` (facilitators, or the leader) ends it.
 */
export function handleFollow(ctx: TLiveContext, socket: TLiveSocket): void {
  onLive(ctx, socket, 'follow:set', {
    schema: ZLiveSchemas['follow:set'],
    who: async (actor) =>
      mayPresent(
        actor.role,
        actor.userId,
        (await readLiveState(ctx.db, actor.assessmentId)).spotlight?.rapporteurId ?? null,
      ),
    handler: async (actor, { path }) => {
      if (!isAssessmentPath(path, actor.assessmentId)) throw new DomainError('live.not_assessment_page');
      sendState(
        ctx,
        actor.assessmentId,
        await updateLiveState(ctx.db, actor.assessmentId, () => ({
          follow: JSON.stringify({ byUserId: actor.userId, path }),
        })),
      );
      return DONE;
    },
  });

  onLive(ctx, socket, 'follow:stop', {
    schema: ZLiveSchemas['follow:stop'],
    // With no follow-me running there is nothing to stop, and nothing to refuse.
    who: async (actor) => {
      const { follow } = await readLiveState(ctx.db, actor.assessmentId);
      return !follow || mayStopFollow(actor.role, actor.userId, follow.byUserId);
    },
    handler: async (actor) => {
      const current = await readLiveState(ctx.db, actor.assessmentId);
      if (current.follow)
        sendState(ctx, actor.assessmentId, await updateLiveState(ctx.db, actor.assessmentId, () => ({ follow: null })));
      return DONE;
    },
  });
}
