// Redis and app instances for the multi-instance tests: a private redis-server that a test may
// kill and restart, and sync + live servers on plain HTTP servers (no Next), in this process or
// in a child process that a test may kill with SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import type { TDb } from '../../../lib/db/client';
import { getDb } from '../../../lib/db/client';
import { type TLiveServer, createLiveServer } from '../../../server/live';
import { type TScaleLogger, type TScaleOut, createScaleOut } from '../../../server/scale';
import { createMetricsHandler } from '../../../server/scale/metrics';
import { createUpgradeRouter } from '../../../server/upgrade-router';
import { type TYjsServer, createYjsServer } from '../../../server/yjs/server';

/** Whether the multi-instance tests can run here. */
export const scaleTestsEnabled = Boolean(process.env.TEST_REDIS_URL && process.env.TEST_DATABASE_URL);

const quietLogger: TScaleLogger = process.env.SCALE_DEBUG
  ? { info: (e, f) => console.log('[scale]', e, f), warn: (e, f) => console.log('[scale!]', e, f) }
  : { info: () => undefined, warn: () => undefined };

/** A free TCP port on loopback (free when asked; fine for a test's own server). */
async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

export type TTestRedis = { url: string; stop: () => Promise<void>; start: () => Promise<void> };

/** A private redis-server (no persistence) on a free port; `stop` kills it, `start` brings it back on the same port. */
export async function startRedis(): Promise<TTestRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    probe.on('error', () => undefined);
    for (let i = 0; ; i++) {
      try {
        await probe.connect();
        await probe.ping();
        break;
      } catch (err) {
        probe.disconnect();
        if (i > 100) throw err;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    probe.disconnect();
  };
  const stop = async (): Promise<void> => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    c.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, start, stop };
}

export type TInstance = {
  httpUrl: string;
  yjsUrl: string;
  yjs: TYjsServer;
  io: TLiveServer;
  scale: TScaleOut;
  close: () => Promise<void>;
};

/** One app instance without Next: sync server with Redis fan-out, live room with the Redis adapter, /metrics. */
export async function startInstance(
  db: TDb,
  redisUrl: string,
  opts: { prefix?: string; port?: number; rate?: number } = {},
): Promise<TInstance> {
  const scale = createScaleOut(redisUrl, quietLogger, { prefix: opts.prefix });
  const limits = opts.rate ? { messagesPerSecond: opts.rate, messageBurst: opts.rate } : {};
  const yjs = createYjsServer({
    db,
    fanout: scale.fanout,
    limits,
    logger: { info: () => undefined, warn: () => undefined },
  });
  const metrics = createMetricsHandler({ yjs: () => yjs.stats(), socketConnections: () => io.engine.clientsCount });
  const server = createServer((req, res) => void (metrics(req, res) || res.writeHead(404).end()));
  const io = createLiveServer(server, db, {
    redisUrl,
    redisPrefix: opts.prefix,
    logger: { info: () => undefined, warn: () => undefined },
  });
  server.on(
    'upgrade',
    createUpgradeRouter([
      ['/yjs/', yjs.handleUpgrade],
      ['/socket.io/', () => undefined],
    ]),
  );
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    httpUrl: `http://127.0.0.1:${port}`,
    yjsUrl: `ws://127.0.0.1:${port}/yjs`,
    yjs,
    io,
    scale,
    close: async () => {
      await yjs.close();
      await io.close();
      server.closeAllConnections();
      await scale.close();
    },
  };
}

/**
 * The body of a child-process instance: DATABASE_URL, REDIS_URL and SCALE_PREFIX from the
 * environment; prints `PORT <n>`.
 */
export async function runChildInstance(): Promise<void> {
  const inst = await startInstance(getDb(), process.env.REDIS_URL ?? '', {
    prefix: process.env.SCALE_PREFIX,
    rate: 10_000,
  });
  console.log(`PORT ${new URL(inst.httpUrl).port}`);
}

/** Starts an instance in a child process (so a test can SIGKILL it); resolves once it listens. */
export async function startChildInstance(
  databaseUrl: string,
  redisUrl: string,
  prefix: string,
): Promise<{ child: ChildProcess; yjsUrl: string; httpUrl: string }> {
  const code = `import { runChildInstance } from ${JSON.stringify(import.meta.filename)}; await runChildInstance();`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, SCALE_PREFIX: prefix };
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
  });
  return { child, yjsUrl: `ws://127.0.0.1:${port}/yjs`, httpUrl: `http://127.0.0.1:${port}` };
}

/** A channel prefix of its own per test, so tests sharing one Redis never hear each other. */
export const uniquePrefix = (): string => `idg-test-${randomUUID()}:`;
