// A PostgreSQL cluster of a test's own, which the test may stop and start again: initdb into a
// temporary directory owned by `postgres`, the server on a free loopback port. Needs root (to
// run the server as `postgres`) and Debian's binaries in /usr/lib/postgresql/<version>/bin.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest installed server's bin directory, or why a private cluster cannot run here. */
export function privatePostgresSupport(): { bin: string } | { missing: string } {
  if (process.getuid?.() !== 0) return { missing: 'not running as root (the server must run as user postgres)' };
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'pg_ctl')))
    : [];
  if (versions.length === 0) return { missing: `no PostgreSQL server binaries in ${base}/*/bin` };
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    execFileSync('runuser', ['--help'], { stdio: 'ignore' });
  } catch {
    return { missing: 'no user postgres or no runuser' };
  }
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]!;
  return { bin: path.join(base, newest, 'bin') };
}

export type TPrivatePostgres = {
  /** Connection string of the cluster's `postgres` database (trust authentication, loopback only). */
  url: string;
  /** `pg_ctl stop -m fast`: disconnects every client and shuts down cleanly. */
  stop: () => Promise<void>;
  /** Starts it again on the same port and data directory. */
  start: () => Promise<void>;
  /** Stops it if running and deletes its directory. */
  destroy: () => Promise<void>;
};

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** Creates and starts a private cluster; `bin` from privatePostgresSupport. */
export async function startPrivatePostgres(bin: string): Promise<TPrivatePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-pg-'));
  const data = path.join(dir, 'data');
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  fs.chownSync(dir, uid, gid);
  const asPostgres = (tool: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], { cwd: dir });
  await asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  let running = false;
  const start = async (): Promise<void> => {
    // Unix socket in our directory (the default one may not be writable); TCP on loopback only.
    await asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
    running = true;
  };
  const stop = async (): Promise<void> => {
    if (!running) return;
    await asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy: async () => {
      await stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
