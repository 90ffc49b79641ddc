import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { TSessionUser } from '../../lib/auth/current-user';
import { userFromRequest } from '../../lib/auth/request-session';
import type { TDb } from '../../lib/db/client';
import { setAssessmentBroadcaster } from '../../lib/realtime/broadcast';
import { SOCKET_PATH, type TClientEvents, type TServerEvents, ZJoinAssessmentSchema, assessmentRoom } from '../../lib/realtime/events';
import { findMembership } from '../../lib/services/membership';

type TSocketData = { user: TSessionUser };
export type TLiveServer = Server<TClientEvents, TServerEvents, Record<string, never>, TSocketData>;

/**
 * The live room over socket.io: every connection is authenticated by the session cookie on its
 * handshake, and may only join the rooms of assessments its user is a member of.
 */
export function createLiveServer(httpServer: HttpServer, db: TDb): TLiveServer {
  // destroyUpgrade: false, or engine.io ends our Yjs upgrades that take over 1 s to authorise.
  const io: TLiveServer = new Server(httpServer, { path: SOCKET_PATH, destroyUpgrade: false, serveClient: false, maxHttpBufferSize: 1e6 });

  io.use((socket, next) => {
    userFromRequest(db, socket.request).then(
      (user) => {
        if (!user) return next(new Error('unauthorised'));
        socket.data.user = user;
        next();
      },
      () => next(new Error('unauthorised')),
    );
  });

  io.on('connection', (socket) => {
    socket.on('assessment:join', (payload, ack) => {
      if (typeof ack !== 'function') return;
      const parsed = ZJoinAssessmentSchema.safeParse(payload);
      if (!parsed.success) return ack({ ok: false, error: 'invalid payload' });
      findMembership(db, parsed.data.assessmentId, socket.data.user.id).then(
        (membership) => {
          if (!membership) return ack({ ok: false, error: 'not found' });
          void socket.join(assessmentRoom(parsed.data.assessmentId));
          ack({ ok: true });
        },
        () => ack({ ok: false, error: 'server error' }),
      );
    });
  });

  setAssessmentBroadcaster((assessmentId, event, ...args) => io.to(assessmentRoom(assessmentId)).emit(event, ...args));
  return io;
}
