// The server the Playwright suite runs against: the production build on a fresh, temporary
// database seeded with the demo users, so every run starts from the same known state.
// Started by playwright.config.ts (webServer); `npm run test:e2e` builds first.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { TScenarioPassword } from './e2e-scenario';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3100);

if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error(
    '[e2e-server] No production build (.next/BUILD_ID is missing). Run `npm run test:e2e`, which builds when needed, or `npm run build` first.',
  );
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-e2e-'));
// Set before the app's modules read them. Next's types make NODE_ENV read-only, hence assign.
Object.assign(process.env, { NODE_ENV: 'production', DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${port}` });
// Always the fresh SQLite file: a DATABASE_URL from the shell would point the suite at real
// data. PostgreSQL is covered by tests/integration with TEST_DATABASE_URL.
delete process.env.DATABASE_URL;

const ZNewUserSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(200),
});

// Hashed once, when the database is ready; every scenario's members sign in with it.
let credentials: Promise<TScenarioPassword>;

function removeDataDir(): void {
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > 64 * 1024) throw new Error('body too large');
    chunks.push(buf);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

/**
 * Test-only routes, present in this process alone, never in the app (no flag can turn them on
 * in `npm start` or `npm run dev`): a test creates its own users, or a whole scenario (an
 * assessment with its members and groups, scripts/e2e-scenario.ts), so that its data is unique
 * and tests never share an account's or an assessment's state.
 */
async function handleTestRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  // Only the Playwright process on this machine may use them, never the network.
  const remote = req.socket.remoteAddress ?? '';
  if (!['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(remote)) return send(403, { error: 'loopback only' });
  const route = req.method === 'POST' ? req.url : undefined;
  if (route !== '/__e2e/users' && route !== '/__e2e/scenario') return send(404, { error: 'unknown test route' });
  try {
    const body = await readJson(req);
    const { getDb } = await import('../lib/db/client');
    if (route === '/__e2e/scenario') {
      const { ZScenarioSchema } = await import('../lib/contracts/test-scenario');
      const { createScenario } = await import('./e2e-scenario');
      return send(201, await createScenario(getDb(), ZScenarioSchema.parse(body), await credentials));
    }
    const input = ZNewUserSchema.parse(body);
    const { createUser } = await import('../lib/services/accounts/users');
    const id = await createUser(getDb(), { email: input.email, name: input.name, password: input.password });
    send(201, { id });
  } catch (err) {
    send(400, { error: err instanceof Error ? err.message : String(err) });
  }
}

async function main(): Promise<void> {
  // Imported only now, after the environment above is in place.
  const { getDb, migrate } = await import('../lib/db/client');
  const { seedDemo } = await import('../lib/services/assessments/demo-seed');
  const { scenarioPassword } = await import('./e2e-scenario');
  const { startApp } = await import('../server/app');

  const db = getDb();
  await migrate(db);
  await seedDemo(db);
  credentials = scenarioPassword();

  const app = await startApp({ port, dev: false, dir: root });
  // Put the test routes in front of whatever answers HTTP (Next, and engine.io should it wrap
  // Next): one listener that either answers a test route or hands the request on.
  const listeners = app.server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  app.server.removeAllListeners('request');
  app.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/__e2e/')) void handleTestRoute(req, res);
    else for (const listener of listeners) listener.call(app.server, req, res);
  });
  console.log(`[e2e-server] ready on ${app.url}, data in ${dataDir}`);

  const stop = () => {
    app.close().then(
      () => {
        removeDataDir();
        process.exit(0);
      },
      (err: unknown) => {
        console.error('[e2e-server] close failed:', err);
        removeDataDir();
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error('[e2e-server] failed to start:', err);
  removeDataDir();
  process.exit(1);
});
