import type { Server, Socket } from 'socket.io';
import type { TSessionUser } from '../../lib/auth/current-user';
import type { TDb } from '../../lib/db/client';
import type { TRole } from '../../lib/domain/access/roles';
import type { TClientEvents, TServerEvents } from '../../lib/realtime/events';
import { logger } from '../../lib/log/logger';

/**
 * Where a joined socket is: its assessment, its member's role and breakout group at join, the page
 * it shows and whether it follows the follow-me leader.
 */
export type TJoined = {
  assessmentId: string;
  role: TRole;
  groupId: string | null;
  path: string | null;
  areaId: string | null;
  following: boolean;
  since: number;
};
/** What the server keeps on each socket (serialisable, so a Redis adapter can fetch it from other instances). */
export type TSocketData = { user: TSessionUser; live?: TJoined };

export type TLiveServer = Server<TClientEvents, TServerEvents, Record<string, never>, TSocketData>;
export type TLiveSocket = Socket<TClientEvents, TServerEvents, Record<string, never>, TSocketData>;

/** Structured log lines of the live room; tests pass their own to read them. */
export type TLiveLogger = {
  info: (event: string, fields: Record<string, unknown>) => void;
  warn: (event: string, fields: Record<string, unknown>) => void;
};

/** The default logger: the process's logger (lib/log), module `live`, the event as `msg`. */
export function liveLogger(): TLiveLogger {
  const log = logger('live');
  return { info: (event, fields) => log.info(fields, event), warn: (event, fields) => log.warn(fields, event) };
}

/** What every part of the live server shares. */
export type TLiveContext = {
  io: TLiveServer;
  db: TDb;
  logger: TLiveLogger;
  eventLimit: { perSecond: number; burst: number };
};

/** A member as the server just checked them, sending one event. */
export type TActor = { assessmentId: string; userId: string; name: string; role: TRole };
