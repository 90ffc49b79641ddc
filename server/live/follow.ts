import { isAssessmentPath } from '../../lib/domain/workshop/live-paths';
import { mayPresent, mayStopFollow } from '../../lib/domain/workshop/live-permissions';
import { readLiveState, updateLiveState } from '../../lib/services/workshop/live-state';
import { refuse, onLive } from './auth';
import { sendState } from './broadcast';
import { LiveError, type TLiveContext, type TLiveSocket } from './context';

/**
 * Handles follow-me: `follow:set` (facilitators, or the spotlighted group's rapporteur) takes
 * every other client to a page of the assessment; `follow:stop` (facilitators, or the leader) ends it.
 */
export function handleFollow(ctx: TLiveContext, socket: TLiveSocket): void {
  onLive(ctx, socket, 'follow:set', async (actor, { path }) => {
    const current = await readLiveState(ctx.db, actor.assessmentId);
    if (!mayPresent(actor.role, actor.userId, current.spotlight?.rapporteurId ?? null)) return refuse(ctx, actor, 'follow:set', 'forbidden', true);
    if (!isAssessmentPath(path, actor.assessmentId)) throw new LiveError('not a page of this assessment');
    sendState(ctx, actor.assessmentId, await updateLiveState(ctx.db, actor.assessmentId, () => ({ follow: JSON.stringify({ byUserId: actor.userId, path }) })));
  });

  onLive(ctx, socket, 'follow:stop', async (actor) => {
    const current = await readLiveState(ctx.db, actor.assessmentId);
    if (!current.follow) return;
    if (!mayStopFollow(actor.role, actor.userId, current.follow.byUserId)) return refuse(ctx, actor, 'follow:stop', 'forbidden', true);
    sendState(ctx, actor.assessmentId, await updateLiveState(ctx.db, actor.assessmentId, () => ({ follow: null })));
  });
}
