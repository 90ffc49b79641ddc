import { userFromRequest } from '../../lib/auth/request-session';
import { onSessionExpiry, sessionExpiresAt } from '../../lib/security/session-expiry';
import type { TLiveContext } from './context';

/**
 * Lets a socket connect only with a valid next-auth session cookie on its handshake, and
 * disconnects it when that session's `exp` passes: an open socket must not outlive its session.
 */
export function authenticateSockets({ io, db, logger }: TLiveContext): void {
  io.use((socket, next) => {
    Promise.all([userFromRequest(db, socket.request), sessionExpiresAt(socket.request)]).then(
      ([user, expiresAt]) => {
        if (!user) {
          logger.info('live.unauthorised', { conn: socket.id, address: socket.handshake.address });
          return next(new Error('unauthorised'));
        }
        socket.data.user = user;
        if (expiresAt !== null) {
          const cancel = onSessionExpiry(expiresAt, () => {
            logger.info('live.session-expired', { conn: socket.id, userId: user.id });
            socket.disconnect(true);
          });
          socket.once('disconnect', cancel);
        }
        next();
      },
      () => next(new Error('unauthorised')),
    );
  });
}
