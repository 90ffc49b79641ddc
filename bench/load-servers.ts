// The three servers bench/load.ts compares, each in a process of its own so that its RSS and CPU
// are its own and the load generator cannot slow its event loop.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TProtocol } from './load-client';

export type TServerName = 'ours' | 'reference' | 'hocuspocus';
export type TLoadServer = {
  name: TServerName;
  protocol: TProtocol;
  url: string;
  child: ChildProcess;
  warnings: () => string[];
};

const ROOT = path.resolve(import.meta.dirname, '..');

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** RSS (bytes) and CPU time (seconds) of a process, from /proc. */
export function procStats(pid: number): { rss: number; cpu: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { rss, cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
}

const children = new Set<ChildProcess>();
// A failed or interrupted run must not leave servers behind.
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

const commands: Record<TServerName, string[]> = {
  // Our sync server as the app runs it (auth on upgrade, limits, persistence to SQLite in
  // DATA_DIR), without Next in front: the HTTP side plays no part in this workload.
  ours: ['--import', 'tsx', 'tests/integration/helpers/yjs-child-server.ts'],
  reference: ['node_modules/y-websocket-ref/bin/server.cjs'],
  hocuspocus: ['--import', 'tsx', 'bench/load-hocuspocus-server.ts'],
};

/** Starts one server on a free port and resolves once it listens; what it writes to stderr is kept as warnings. */
export async function startServer(name: TServerName): Promise<TLoadServer> {
  const port = await freePort();
  const child = spawn(process.execPath, commands[name], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const warnings: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      warnings.push(line);
      if (warnings.length <= 5) console.error(`[${name}] ${line}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`${name} server exited with ${code}`)));
  });
  const base = `ws://127.0.0.1:${port}`;
  return {
    name,
    protocol: name === 'hocuspocus' ? 'hocuspocus' : 'y-websocket',
    url: name === 'ours' ? `${base}/yjs` : base,
    child,
    warnings: () => warnings,
  };
}

/** Kills a server and waits until it is gone. */
export async function stopServer(s: TLoadServer): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGKILL');
  await exited;
}
