import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { type TConnectionFilter, registerSyncServer } from '../../lib/collab/access-changes';
import { CloseCode, type TCloseCode } from '../../lib/collab/close-codes';
import { parseDocName } from '../../lib/collab/doc-names';
import type { TDb } from '../../lib/db/client';
import { onSessionExpiry, sessionExpiresAt } from '../../lib/security/session-expiry';
import { authenticateUpgrade, refuseUpgrade } from './auth';
import { closeWith, runConnection } from './connection';
import { ConnectionCounter, DEFAULT_LIMITS, type TYjsLimits } from './limits';
import { consoleLogger, type TYjsLogger } from './logger';
import { DEFAULT_PERSISTENCE, type TPersistenceOptions } from './persistence';
import { DocRegistry, type TRegistryHooks } from './registry';
import type { TDocConnection } from './shared-doc';

export type TYjsServerOptions = {
  db: TDb;
  /** Path prefix the upgrade router sends here; the rest of the path is the document name. */
  prefix?: string;
  logger?: TYjsLogger;
  limits?: Partial<TYjsLimits>;
  persistence?: Partial<TPersistenceOptions>;
  /** Shares documents and access changes with other instances (server/scale); none on a single instance. */
  fanout?: TYjsFanout;
};

/** What the sync server needs from a fan-out to other instances. */
export type TYjsFanout = Required<Pick<TRegistryHooks, 'onLocalUpdate' | 'onLocalAwareness' | 'attach' | 'detach'>> & {
  /** Asks other instances to close their matching connections too. */
  publishClose: (filter: TConnectionFilter, code: TCloseCode) => void;
  /** Sets where other instances' requests to close connections are carried out here. */
  onPeerClose: (close: (filter: TConnectionFilter, code: TCloseCode) => void) => void;
};

/** What a sync server reports for /metrics. */
export type TYjsStats = {
  connections: number;
  documents: number;
  /** Updates applied since start, by where they came from. */
  updates: Record<'client' | 'peer', number>;
  /** Age in seconds of the oldest applied update not yet known to be written. */
  persistenceLagSeconds: number;
};


export type TYjsServer = {
  /** The upgrade handler for the `/yjs/` route. */
  handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Closes matching connections (default code: access changed); returns how many. */
  closeConnections: (filter: TConnectionFilter, code?: TCloseCode) => number;
  /** Writes every loaded document's pending log now. */
  flush: () => Promise<void>;
  /** Closes every connection, persists and unloads every document. */
  close: () => Promise<void>;
  stats: () => TYjsStats;
};

export { closeYjsConnections } from '../../lib/collab/access-changes';

/** Creates the Yjs sync server: auth before upgrade, one document per connection, persistence, limits. */
export function createYjsServer(opts: TYjsServerOptions): TYjsServer {
  const { db } = opts;
  const prefix = opts.prefix ?? '/yjs/';
  const logger = opts.logger ?? consoleLogger;
  const limits: TYjsLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const updates = { client: 0, peer: 0 };
  const { fanout } = opts;
  const onApplied = (source: 'client' | 'peer'): void => void updates[source]++;
  const hooks: TRegistryHooks = fanout
    ? { onApplied, onLocalUpdate: fanout.onLocalUpdate, onLocalAwareness: fanout.onLocalAwareness, attach: fanout.attach, detach: fanout.detach }
    : { onApplied };
  const registry = new DocRegistry(db, { ...DEFAULT_PERSISTENCE, sharedWithOtherInstances: Boolean(fanout), ...opts.persistence }, logger, hooks);
  const counter = new ConnectionCounter(limits.maxConnectionsPerUser);
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayload, perMessageDeflate: false });
  const conns = new Set<TDocConnection>();
  let closing = false;

  // A connection that stops answering pings (a laptop closed mid-session) is ended, so its
  // awareness disappears and its document can unload.
  const alive = new WeakSet<TDocConnection>();
  const heartbeat = setInterval(() => {
    for (const c of conns) {
      if (!alive.has(c)) {
        c.ws.terminate();
        continue;
      }
      alive.delete(c);
      c.ws.ping();
    }
  }, 30_000);
  heartbeat.unref();

  const upgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    socket.on('error', () => socket.destroy());
    const [auth, expiresAt] = await Promise.all([authenticateUpgrade(db, req, prefix), sessionExpiresAt(req)]);
    if ('status' in auth) return refuseUpgrade(socket, auth.status);
    if (closing || socket.destroyed) return void socket.destroy();
    const overCap = !counter.acquire(auth.user.id);
    const shared = overCap ? null : await registry.acquire(auth.docName);
    let attached = false;
    wss.handleUpgrade(req, socket, head, (ws) => {
      attached = true;
      if (!shared) {
        logger.warn('too-many-connections', { user: auth.user.id, doc: auth.docName });
        return ws.close(CloseCode.tooManyConnections, 'tooManyConnections');
      }
      const assessmentId = parseDocName(auth.docName)?.assessmentId ?? '';
      const conn: TDocConnection = { ws, userId: auth.user.id, assessmentId, access: auth.access, awarenessIds: new Set() };
      conns.add(conn);
      alive.add(conn);
      shared.conns.add(conn);
      ws.on('pong', () => alive.add(conn));
      // A connection must not outlive the session it was opened with.
      const cancelExpiry = expiresAt === null ? () => undefined : onSessionExpiry(expiresAt, () => closeWith(conn, CloseCode.unauthorised));
      ws.on('close', (code: number) => {
        cancelExpiry();
        conns.delete(conn);
        shared.detach(conn);
        counter.release(conn.userId);
        registry.release(shared);
        logger.info('disconnected', { doc: shared.name, user: conn.userId, code });
      });
      runConnection(shared, conn, limits, logger);
      logger.info('connected', { doc: shared.name, user: conn.userId, access: conn.access });
    });
    // handleUpgrade answered 400 without calling back (a bad handshake): give back what we took.
    if (shared && !attached) {
      counter.release(auth.user.id);
      registry.release(shared);
    }
  };

  const closeLocal = (filter: TConnectionFilter, code: TCloseCode): number => {
    let n = 0;
    for (const c of conns) {
      if (filter.userId !== undefined && c.userId !== filter.userId) continue;
      if (filter.assessmentId !== undefined && c.assessmentId !== filter.assessmentId) continue;
      if (filter.userId === undefined && filter.assessmentId === undefined) continue;
      closeWith(c, code);
      n++;
    }
    return n;
  };
  fanout?.onPeerClose(closeLocal);

  const server: TYjsServer = {
    handleUpgrade: (req, socket, head) => {
      upgrade(req, socket, head).catch((err: unknown) => {
        logger.warn('upgrade-failed', { error: String(err) });
        refuseUpgrade(socket, 500);
      });
    },
    closeConnections: (filter, code = CloseCode.accessChanged) => {
      fanout?.publishClose(filter, code);
      return closeLocal(filter, code);
    },
    flush: async () => {
      await Promise.all((await registry.loaded()).map((d) => d.flush()));
    },
    close: async () => {
      closing = true;
      unregister();
      clearInterval(heartbeat);
      const closed = [...conns].map((c) => new Promise<void>((resolve) => (c.ws.once('close', () => resolve()), closeWith(c, CloseCode.goingAway))));
      // A peer that never answers the close handshake must not hold up shutdown.
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000).unref());
      await Promise.race([Promise.all(closed), timeout]);
      for (const c of conns) c.ws.terminate();
      await Promise.all(closed);
      await registry.settled();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
    stats: () => {
      const now = Date.now();
      const lags = registry.withUnwritten().map((d) => d.persistenceLag(now));
      return { connections: conns.size, documents: registry.loadedNow().length, updates: { ...updates }, persistenceLagSeconds: Math.max(0, ...lags) };
    },
  };
  const unregister = registerSyncServer(server);
  return server;
}
