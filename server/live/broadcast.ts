import { mergePresence, type TPresence } from '../../lib/domain/workshop/live-presence';
import { assessmentRoom } from '../../lib/realtime/events';
import type { TLiveState } from '../../lib/realtime/live-events';
import { listHands } from '../../lib/services/workshop/live-state';
import type { TLiveContext } from './context';

/** Sends the whole live state to everyone in the assessment's room. */
export function sendState({ io }: TLiveContext, assessmentId: string, state: TLiveState): void {
  io.to(assessmentRoom(assessmentId)).emit('live:state', state);
}

/** Sends the current queue of raised hands to the room. */
export async function sendHands(ctx: TLiveContext, assessmentId: string): Promise<void> {
  ctx.io.to(assessmentRoom(assessmentId)).emit('hands:update', await listHands(ctx.db, assessmentId));
}

/**
 * Who is online in an assessment, from the sockets in its room: fetchSockets asks every
 * instance when a Redis adapter is installed, so the list is the same whichever one answers.
 */
export async function presenceOf({ io }: TLiveContext, assessmentId: string): Promise<TPresence[]> {
  const sockets = await io.in(assessmentRoom(assessmentId)).fetchSockets();
  return mergePresence(
    sockets.flatMap((s) => {
      const live = s.data.live;
      return live?.assessmentId === assessmentId
        ? [
            {
              userId: s.data.user.id,
              name: s.data.user.name,
              path: live.path,
              areaId: live.areaId,
              groupId: live.groupId,
              timeZone: s.data.user.timeZone,
              following: live.following,
              since: live.since,
            },
          ]
        : [];
    }),
  );
}

/** Sends who is online, and where, to the room. */
export async function sendPresence(ctx: TLiveContext, assessmentId: string): Promise<void> {
  ctx.io.to(assessmentRoom(assessmentId)).emit('presence:update', await presenceOf(ctx, assessmentId));
}
