import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import next from 'next';
import { ensureAuthSecret } from '../lib/auth/secret';
import { getDb, migrate } from '../lib/db/client';
import { stampClientAddress } from '../lib/security/client-address';
import { createLiveServer } from './live';
import { startMailRunner } from './notifications/mail-runner';
import { createScaleOut } from './scale';
import { createMetricsHandler } from './scale/metrics';
import { createPrecompressedStatic } from './static-precompressed';
import { createUpgradeRouter, type TUpgradeHandler } from './upgrade-router';
import { createYjsServer } from './yjs/server';
import { createProgressNotifier } from './live/progress';
import { defaultEnv, env } from '../lib/config/env';

export type TAppOptions = { port: number; hostname?: string; dev: boolean; dir?: string };
export type TRunningApp = { server: Server; url: string; close: () => Promise<void> };

/**
 * Starts the one process of IDG Workshop: migrations, then Next for HTTP and the upgrade
 * router for WebSockets, on one port. Returns once listening.
 */
export async function startApp(opts: TAppOptions): Promise<TRunningApp> {
  ensureAuthSecret();
  const db = getDb();
  await migrate(db);

  const dir = opts.dir ?? process.cwd();
  const app = next({ dev: opts.dev, dir, hostname: 'localhost', port: opts.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Next would add its own 'upgrade' listener on the first request and end sockets we
  // upgraded; we route upgrades ourselves (see docs/pitfalls.md, "WebSocket upgrades on a Next
  // custom server").
  (app as unknown as { didWebSocketSetup: boolean }).didWebSocketSetup = true;

  // With REDIS_URL, documents and access changes are shared with the other instances.
  const { REDIS_URL } = env();
  const scale = REDIS_URL ? createScaleOut(REDIS_URL) : null;
  const yjs = createYjsServer({ db, fanout: scale?.fanout, onDocChanged: createProgressNotifier() });
  // Answered before Next: the numbers live in this process's sync and live servers.
  const metrics = createMetricsHandler({ yjs: () => yjs.stats(), socketConnections: () => live.engine.clientsCount });
  // The build's scripts as Brotli where the build left a copy (production only: dev compiles on demand).
  const precompressed = opts.dev ? () => false : createPrecompressedStatic(path.join(dir, '.next'));
  const server = createServer((req, res) => {
    stampClientAddress(req);
    void (metrics(req, res) || precompressed(req, res) || handle(req, res));
  });
  // Node drops an idle keep-alive connection after 5 s, and a client or proxy that reuses it at that
  // moment gets ECONNRESET (seen from Playwright's request client; behind a load balancer, whose
  // idle timeout is usually 60 s, the same). Idle connections outlive the balancer's instead.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // After the Next handler: engine.io wraps the 'request' listeners that exist when it attaches.
  const live = createLiveServer(server, db);
  const routes: [string, TUpgradeHandler][] = [
    ['/yjs/', yjs.handleUpgrade],
    // engine.io answers these upgrades from its own listener.
    ['/socket.io/', () => undefined],
  ];
  if (opts.dev) {
    const nextUpgrade = (app as unknown as { upgradeHandler?: TUpgradeHandler }).upgradeHandler;
    if (nextUpgrade) routes.push(['/_next/', (req, socket, head) => nextUpgrade.call(app, req, socket, head)]);
  }
  server.on('upgrade', createUpgradeRouter(routes));
  const stopMail = startMailRunner(db);

  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  // next-auth builds its callback URLs from NEXTAUTH_URL; default it to where we listen.
  defaultEnv('NEXTAUTH_URL', url);

  return {
    server,
    url,
    close: async () => {
      stopMail();
      await yjs.close();
      await live.close();
      await scale?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
