import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { TSessionUser } from '../../../lib/auth/current-user';
import { checklistAreas } from '../../../lib/idg/checklist';
import { type TDb, migrate, openDb } from '../../../lib/db/client';
import type { TRole } from '../../../lib/domain/access/roles';
import { createUpgradeRouter } from '../../../server/upgrade-router';
import { type TYjsServer, type TYjsServerOptions, createYjsServer } from '../../../server/yjs/server';

// Every WebsocketProvider in Node adds a process 'exit' listener; tests and the bench run hundreds.
process.setMaxListeners(0);

export const TEST_SECRET = 'test-secret-for-yjs-integration-tests';
process.env.NEXTAUTH_SECRET ??= TEST_SECRET;

/** The databases tests run against: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set. */
export const dbKinds: ('sqlite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export type TTestDb = { db: TDb; url: string; close: () => Promise<void> };

/**
 * Drops a test database. Our own connections are closed by then, but a server process (an
 * autovacuum worker, say) may still be attached, and the test role may not terminate it: so no
 * FORCE, a few tries, and a warning rather than a failed suite if it is still busy.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (err) {
        if (attempt >= 10) return console.warn(`[test] could not drop ${name}: ${String(err)}`);
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  } finally {
    await c.end();
  }
}

/** A fresh migrated database: SQLite in a temp DATA_DIR, or a new PostgreSQL database beside TEST_DATABASE_URL. */
export async function createTestDb(kind: 'sqlite' | 'postgres' = 'sqlite'): Promise<TTestDb> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-yjs-'));
    process.env.DATA_DIR = dir;
    const db = openDb('');
    await migrate(db);
    return { db, url: '', close: async () => (await db.destroy(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `idg_yjs_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openDb(url.toString());
  await migrate(db);
  return {
    db,
    url: url.toString(),
    close: async () => {
      await db.destroy();
      await dropDatabase(adminUrl, name);
    },
  };
}

export type TTestUser = { id: string; cookie: string };

/** Inserts a user and mints a real next-auth session cookie for them. */
export async function createUser(db: TDb, label = 'user'): Promise<TTestUser> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      email: `${label}-${id}@example.test`,
      name: label,
      password_hash: null,
      is_admin: 0,
      time_zone: null,
      locale: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  const jwt = await encode({
    token: { sub: id, sv: 1, name: label, email: `${label}-${id}@example.test` },
    secret: process.env.NEXTAUTH_SECRET ?? TEST_SECRET,
  });
  return { id, cookie: `next-auth.session-token=${jwt}` };
}

/** Inserts a comprehensive assessment (every area) created by `creator`. */
export async function createAssessment(db: TDb, creator: TTestUser): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('assessments')
    .values({
      id,
      administration: 'Test Customs',
      country: 'XX',
      title: 'Test',
      scope: 'comprehensive',
      areas: JSON.stringify(checklistAreas.map((a) => a.id)),
      mode: 0,
      planned_start: null,
      planned_end: null,
      time_zone: 'UTC',
      created_by: creator.id,
      created_at: now,
    })
    .execute();
  return id;
}

/** Makes `user` a member of the assessment with `role`. */
export async function addMember(db: TDb, assessmentId: string, user: TTestUser, role: TRole): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      assessment_id: assessmentId,
      user_id: user.id,
      role,
      organisation: null,
      organisation_type: null,
      expertise: null,
      gender: null,
      joined_at: new Date().toISOString(),
    })
    .execute();
}

// Route-handler tests: the real handlers of app/api on a test database, with the session stubbed
// (each test file mocks '@/lib/auth/session' to answer a user it sets with sessionUserOf).

/** createTestDb, made the database the app's getDb() answers with until it is closed. */
export async function routeTestDb(kind: 'sqlite' | 'postgres'): Promise<TTestDb> {
  const holder = globalThis as typeof globalThis & { __idgDb?: TDb };
  const t = await createTestDb(kind);
  holder.__idgDb = t.db;
  return {
    ...t,
    close: async () => {
      delete holder.__idgDb;
      await t.close();
    },
  };
}

/** The signed-in user a stubbed session answers with, for the test user made with `label`. */
export function sessionUserOf(user: TTestUser, label: string, isAdmin = false): TSessionUser {
  return { id: user.id, email: `${label}@example.test`, name: label, isAdmin, timeZone: null, locale: 'en' };
}

/** A route handler of app/api, as Next calls it. */
export type TRouteHandler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler as Next would, with `body` as JSON when given; its status and JSON answer. */
export async function callRoute<P>(handler: TRouteHandler<P>, method: string, url: string, params: P, body?: unknown) {
  const init: RequestInit =
    body === undefined
      ? { method }
      : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await handler(new Request(`http://localhost${url}`, init), { params: Promise.resolve(params) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export type TTestServer = { url: string; yjs: TYjsServer; close: () => Promise<void> };

/** A plain HTTP server on port 0 with only the sync server's upgrade route (no Next). */
export async function startYjsServer(opts: TYjsServerOptions): Promise<TTestServer> {
  const yjs = createYjsServer(opts);
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', createUpgradeRouter([['/yjs/', yjs.handleUpgrade]]));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/yjs`,
    yjs,
    close: async () => {
      await yjs.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A `ws` WebSocket class that sends `cookie` with its handshake, for WebsocketProvider's WebSocketPolyfill. */
export function cookieWebSocket(cookie: string): typeof globalThis.WebSocket {
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  return CookieWebSocket as unknown as typeof globalThis.WebSocket;
}

export type TClient = { doc: Y.Doc; provider: WebsocketProvider; closes: number[]; destroy: () => void };

/** A real y-websocket provider for `docName`, signed in as `user`. */
export function connectClient(url: string, docName: string, user: TTestUser | null, doc = new Y.Doc()): TClient {
  const provider = new WebsocketProvider(url, docName, doc, {
    WebSocketPolyfill: user ? cookieWebSocket(user.cookie) : (WebSocket as unknown as typeof globalThis.WebSocket),
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  return { doc, provider, closes, destroy: () => (provider.destroy(), doc.destroy()) };
}

/** Polls `check` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A raw WebSocket to the sync server, for sending hand-made frames; resolves once open. */
export async function rawSocket(
  url: string,
  docName: string,
  user: TTestUser,
): Promise<WebSocket & { closeCode: Promise<number> }> {
  const ws = new WebSocket(`${url}/${docName}`, { headers: { cookie: user.cookie } });
  const closeCode = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('error', () => undefined);
  await new Promise<void>(
    (resolve, reject) => (
      ws.once('open', () => resolve()),
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ),
  );
  return Object.assign(ws, { closeCode });
}

/** The HTTP status an upgrade to `docName` is refused with (or 101 when accepted). */
export async function upgradeStatus(url: string, docName: string, cookie: string | null): Promise<number> {
  const ws = new WebSocket(`${url}/${docName}`, cookie ? { headers: { cookie } } : {});
  ws.on('error', () => undefined);
  return new Promise<number>((resolve) => {
    ws.once('unexpected-response', (_req, res) => (resolve(res.statusCode ?? 0), ws.terminate()));
    ws.once('open', () => (resolve(101), ws.close()));
  });
}
