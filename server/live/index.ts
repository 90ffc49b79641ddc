import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { TDb } from '../../lib/db/client';
import { Throttle } from './throttle';
import { setAssessmentBroadcaster, setMemberBroadcaster, setUserBroadcaster } from '../../lib/realtime/broadcast';
import { SOCKET_PATH, assessmentRoom, memberRoom, userRoom } from '../../lib/realtime/events';
import { isSameOriginRequest } from '../../lib/security/same-origin';
import { startAttendanceSweep } from './attendance';
import { authenticateSockets } from './auth';
import { handleConsole } from './console';
import { type TLiveContext, type TLiveLogger, type TLiveServer, liveLogger } from './context';
import { handleFollow } from './follow';
import { handleHands } from './hands';
import { handleJoin } from './join';
import { SOCKET_EVENT_LIMIT } from './pipeline';
import { handlePresence } from './presence';
import { REACTION_INTERVAL_MS, handleReactions } from './reactions';
import { handleRunOfShow } from './run-of-show';
import { installSessionControl } from './session-control';
import { attachRedisAdapter } from '../scale/live-adapter';
import { redisRoundVersions } from '../scale/round-versions';
import { handleTimer } from './timer';
import { createVoting } from './voting';
import { env } from '../../lib/config/env';

export type { TLiveServer } from './context';
export type TLiveServerOptions = {
  logger?: TLiveLogger;
  /** Redis for room broadcasts across instances; REDIS_URL by default, none when unset. */
  redisUrl?: string;
  /** Key prefix in Redis, so that several deployments (or test instances) can share one Redis. */
  redisPrefix?: string;
  /** How often everyone in a room with a running session is recorded as attending (tests shorten it). */
  attendanceSweepMs?: number;
  /** Live events one socket may send, all events together (SOCKET_EVENT_LIMIT by default). */
  eventLimit?: { perSecond: number; burst: number };
};

/**
 * The live room over socket.io: every connection is authenticated by the session cookie on its
 * handshake, may only join the rooms of assessments its user is a member of, and every event is
 * validated and authorised here; what matters is stored in the database (lib/services/workshop/live-state).
 */
export function createLiveServer(httpServer: HttpServer, db: TDb, opts: TLiveServerOptions = {}): TLiveServer {
  // destroyUpgrade: false, or engine.io ends our Yjs upgrades that take over 1 s to authorise.
  const io: TLiveServer = new Server(httpServer, {
    path: SOCKET_PATH,
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: 1e6,
    // The session cookie authenticates the room: another site's page must not open it in a visitor's name.
    allowRequest: (req, callback) => callback(null, isSameOriginRequest(req.headers)),
  });
  const ctx: TLiveContext = {
    io,
    db,
    logger: opts.logger ?? liveLogger(),
    eventLimit: opts.eventLimit ?? SOCKET_EVENT_LIMIT,
  };
  const redisUrl = opts.redisUrl ?? env().REDIS_URL;
  const scaleLogger = {
    info: (e: string, f?: Record<string, unknown>) => ctx.logger.info(e, f ?? {}),
    warn: (e: string, f?: Record<string, unknown>) => ctx.logger.warn(e, f ?? {}),
  };
  if (redisUrl) attachRedisAdapter(io, httpServer, redisUrl, scaleLogger, opts.redisPrefix);
  const reactions = new Throttle(REACTION_INTERVAL_MS);
  // With Redis, voting rounds' versions are one count across instances (server/scale/round-versions).
  const roundVersions = redisUrl ? redisRoundVersions(redisUrl, scaleLogger, { prefix: opts.redisPrefix }) : undefined;
  if (roundVersions) httpServer.once('close', () => void roundVersions.close());
  const handleVoting = createVoting(ctx, roundVersions);

  const stopSweep = startAttendanceSweep(ctx, opts.attendanceSweepMs);
  httpServer.once('close', stopSweep);

  authenticateSockets(ctx);
  io.on('connection', (socket) => {
    // Every page's connection hears the user's own notifications, in an assessment or not.
    void socket.join(userRoom(socket.data.user.id));
    handleJoin(ctx, socket);
    handlePresence(ctx, socket);
    handleConsole(ctx, socket);
    handleFollow(ctx, socket);
    handleTimer(ctx, socket);
    handleRunOfShow(ctx, socket);
    handleHands(ctx, socket);
    handleReactions(ctx, socket, reactions);
    handleVoting(socket);
  });

  setAssessmentBroadcaster((assessmentId, event, ...args) => io.to(assessmentRoom(assessmentId)).emit(event, ...args));
  setMemberBroadcaster((assessmentId, userIds, event, ...args) =>
    io.to(userIds.map((id) => memberRoom(assessmentId, id))).emit(event, ...args),
  );
  setUserBroadcaster((userId, event, ...args) => io.to(userRoom(userId)).emit(event, ...args));
  installSessionControl(ctx);
  return io;
}
