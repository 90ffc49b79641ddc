import { setLiveSessionControl } from '../../lib/security/live-disconnect';
import { memberRoom } from '../../lib/realtime/events';
import { sendPresence } from './broadcast';
import type { TLiveContext } from './context';

/**
 * Lets route handlers reach open sockets when membership changes (lib/security/live-disconnect):
 * a removed member is disconnected at once, on every instance (disconnectSockets goes through
 * the adapter); a role change is written onto this instance's sockets (events re-read it anyway).
 */
export function installSessionControl(ctx: TLiveContext): void {
  const { io, logger } = ctx;
  setLiveSessionControl({
    disconnectMember: async (assessmentId, userId) => {
      const room = memberRoom(assessmentId, userId);
      const n = (await io.in(room).fetchSockets()).length;
      io.in(room).disconnectSockets(true);
      logger.info('live.member-disconnected', { assessmentId, userId, sockets: n });
      await sendPresence(ctx, assessmentId);
      return n;
    },
    refreshRole: async (assessmentId, userId, role) => {
      for (const socket of await io.in(memberRoom(assessmentId, userId)).local.fetchSockets()) {
        const live = socket.data.live;
        if (live?.assessmentId === assessmentId) socket.data.live = { ...live, role };
      }
    },
  });
}
