import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { type TConnectionFilter, registerSyncServer } from '../../lib/collab/access-changes';
import { CloseCode, type TCloseCode } from '../../lib/collab/close-codes';
import { parseDocName } from '../../lib/collab/doc-name-parse';
import { withoutPending } from '../../lib/collab/pending-structs';
import type { TDb } from '../../lib/db/client';
import { authenticateUpgrade, refuseUpgrade } from './auth';
import { DocConnection, type TConnectionHub, closeWith } from './connection';
import { ExpiryWatch } from './expiry-watch';
import { Heartbeat } from './heartbeat';
import { ConnectionCounter, DEFAULT_LIMITS, Gate, type TYjsLimits } from './limits';
import { type TYjsLogger, yjsLogger } from './logger';
import { DEFAULT_PERSISTENCE, type TPersistenceOptions } from './persistence';
import { DocRegistry, type TRegistryHooks } from './registry';

export type TYjsServerOptions = {
  db: TDb;
  /** Path prefix the upgrade router sends here; the rest of the path is the document name. */
  prefix?: string;
  logger?: TYjsLogger;
  limits?: Partial<TYjsLimits>;
  persistence?: Partial<TPersistenceOptions>;
  /** Shares documents and access changes with other instances (server/scale); none on a single instance. */
  fanout?: TYjsFanout;
  /** A client changed a document here (the run of show's progress listens). */
  onDocChanged?: (docName: string) => void;
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
  /** Changes a document on a member's behalf (lib/collab/doc-change.ts). */
  changeDoc: <T extends { update: Uint8Array }>(docName: string, make: (state: Uint8Array) => T) => Promise<T>;
  /** Writes every loaded document's pending log now. */
  flush: () => Promise<void>;
  /** Closes every connection, persists and unloads every document. */
  close: () => Promise<void>;
  stats: () => TYjsStats;
};

export { closeYjsConnections } from '../../lib/collab/access-changes';

const HEARTBEAT_PERIOD_MS = 30_000;
const HEARTBEAT_SLICES = 30;

// Shared by every upgrading socket, so that none holds a closure over its upgrade.
function destroySocket(this: Duplex): void {
  this.destroy();
}

/** Creates the Yjs sync server: auth before upgrade, one document per connection, persistence, limits. */
export function createYjsServer(opts: TYjsServerOptions): TYjsServer {
  const { db } = opts;
  const prefix = opts.prefix ?? '/yjs/';
  const logger = opts.logger ?? yjsLogger();
  const limits: TYjsLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const updates = { client: 0, peer: 0 };
  const { fanout } = opts;
  const onApplied = (source: 'client' | 'peer'): void => void updates[source]++;
  const { onDocChanged } = opts;
  const onLocalUpdate: TRegistryHooks['onLocalUpdate'] = (shared, update) => {
    fanout?.onLocalUpdate(shared, update);
    onDocChanged?.(shared.name);
  };
  const hooks: TRegistryHooks = fanout
    ? {
        onApplied,
        onLocalUpdate,
        onLocalAwareness: fanout.onLocalAwareness,
        attach: fanout.attach,
        detach: fanout.detach,
      }
    : { onApplied, onLocalUpdate };
  const registry = new DocRegistry(
    db,
    { ...DEFAULT_PERSISTENCE, sharedWithOtherInstances: Boolean(fanout), ...opts.persistence },
    logger,
    hooks,
  );
  const counter = new ConnectionCounter(limits.maxConnectionsPerUser);
  const authGate = new Gate(limits.upgradesInFlight);
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayload, perMessageDeflate: false });
  const conns = new Set<DocConnection>();
  let closing = false;

  const hub: TConnectionHub = {
    limits,
    logger,
    closed: (conn, code) => {
      expiry.delete(conn);
      heartbeat.delete(conn);
      conns.delete(conn);
      conn.shared.detach(conn);
      counter.release(conn.userId);
      registry.release(conn.shared);
      logger.info('disconnected', { doc: conn.shared.name, user: conn.userId, conn: conn.id, code });
    },
  };
  // A connection must not outlive the session it was opened with.
  const expiry = new ExpiryWatch<DocConnection>((conn) => closeWith(conn, CloseCode.unauthorised));

  // A connection that stops answering pings is ended; a thirtieth of them is pinged every second.
  const heartbeat = new Heartbeat<DocConnection>(
    HEARTBEAT_PERIOD_MS,
    HEARTBEAT_SLICES,
    (c) => c.ws.ping(),
    (c) => c.ws.terminate(),
  );

  const upgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    socket.on('error', destroySocket);
    const auth = await authGate.run(() => authenticateUpgrade(db, req, prefix));
    if ('status' in auth) return refuseUpgrade(socket, auth.status);
    if (closing || socket.destroyed) return void socket.destroy();
    const overCap = !counter.acquire(auth.userId);
    const shared = overCap ? null : await registry.acquire(auth.docName);
    let attached = false;
    wss.handleUpgrade(req, socket, head, (ws) => {
      attached = true;
      if (!shared) {
        logger.warn('too-many-connections', { user: auth.userId, doc: auth.docName });
        return ws.close(CloseCode.tooManyConnections, 'tooManyConnections');
      }
      const assessmentId = parseDocName(auth.docName)?.assessmentId ?? '';
      const conn = new DocConnection(ws, socket, shared, hub, auth.userId, auth.userName, assessmentId, auth.access);
      conns.add(conn);
      heartbeat.add(conn);
      shared.conns.add(conn);
      conn.start();
      logger.info('connected', { doc: shared.name, user: conn.userId, conn: conn.id, access: conn.access });
      if (auth.expiresAt !== null) expiry.add(conn, auth.expiresAt);
    });
    // handleUpgrade answered 400 without calling back (a bad handshake): give back what we took.
    if (shared && !attached) {
      counter.release(auth.userId);
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
    changeDoc: async (docName, make) => {
      const shared = await registry.acquire(docName);
      try {
        const made = make(withoutPending(shared.doc, () => Y.encodeStateAsUpdate(shared.doc)));
        shared.applyServerUpdate(made.update);
        await shared.flush();
        return made;
      } finally {
        registry.release(shared);
      }
    },
    flush: async () => {
      await Promise.all((await registry.loaded()).map((d) => d.flush()));
    },
    close: async () => {
      closing = true;
      unregister();
      heartbeat.stop();
      expiry.stop();
      const closed = [...conns].map(
        (c) => new Promise<void>((resolve) => (c.ws.once('close', () => resolve()), closeWith(c, CloseCode.goingAway))),
      );
      // A peer that never answers the close handshake must not hold up shutdown.
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000).unref());
      await Promise.race([Promise.all(closed), timeout]);
      for (const c of conns) c.ws.terminate();
      await Promise.all(closed);
      await registry.settled();
      await registry.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
    stats: () => {
      const now = Date.now();
      const lags = registry.withUnwritten().map((d) => d.persistenceLag(now));
      return {
        connections: conns.size,
        documents: registry.loadedNow().length,
        updates: { ...updates },
        persistenceLagSeconds: Math.max(0, ...lags),
      };
    },
  };
  const unregister = registerSyncServer(server);
  return server;
}
