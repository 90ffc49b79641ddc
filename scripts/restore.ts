// `npm run restore -- <backup folder> [--force]`: puts a backup made by `npm run backup` back
// into DATA_DIR. The app must be stopped: it holds the database open and would keep writing to
// the file being replaced. What is replaced is moved aside, never deleted.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DB_FILE, FILES_DIR, integrityCheck, resolveDataDir, timestampName } from './backup';
import { env } from '../lib/config/env';

/** Processes (other than this one) holding `file` open, from /proc; empty where there is no /proc. */
export function processesUsing(file: string): number[] {
  if (!fs.existsSync('/proc/self/fd')) return [];
  const target = fs.existsSync(file) ? fs.realpathSync(file) : file;
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const fds = fs.readdirSync(`/proc/${pid}/fd`);
      if (fds.some((fd) => [target, `${target}-wal`].includes(safeReadlink(`/proc/${pid}/fd/${fd}`)))) pids.push(pid);
    } catch {
      // Another user's process, or one that just ended.
    }
  }
  return pids;
}

function safeReadlink(p: string): string {
  try {
    return fs.readlinkSync(p);
  } catch {
    return '';
  }
}

/** Whether something answers the app's health check on `port` of this machine. */
export async function appAnswers(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

export type TRestoreResult = { movedAsideTo: string | null };

/**
 * Restores `backupFolder` into `dataDir` after checking the backup's integrity: the current
 * database (with its -wal and -shm, which would otherwise be replayed onto the restored file)
 * and files folder are first moved to DATA_DIR/backups/pre-restore-<timestamp>/.
 */
export function restore(backupFolder: string, dataDir: string): TRestoreResult {
  const source = path.join(backupFolder, DB_FILE);
  if (!fs.existsSync(source))
    throw new Error(`${backupFolder} holds no ${DB_FILE}; is it a folder made by npm run backup?`);
  const check = integrityCheck(source);
  if (check !== 'ok') throw new Error(`the backup failed its integrity check, nothing was changed: ${check}`);

  fs.mkdirSync(dataDir, { recursive: true });
  const current = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, FILES_DIR].filter((name) =>
    fs.existsSync(path.join(dataDir, name)),
  );
  let aside: string | null = null;
  if (current.length > 0) {
    aside = path.join(dataDir, 'backups', `pre-restore-${timestampName().slice('idg-backup-'.length)}`);
    fs.mkdirSync(aside, { recursive: true });
    for (const name of current) fs.renameSync(path.join(dataDir, name), path.join(aside, name));
  }
  fs.copyFileSync(source, path.join(dataDir, DB_FILE));
  if (fs.existsSync(path.join(backupFolder, FILES_DIR)))
    fs.cpSync(path.join(backupFolder, FILES_DIR), path.join(dataDir, FILES_DIR), { recursive: true });
  return { movedAsideTo: aside };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const folder = positionals[0];
  if (!folder || positionals.length > 1) {
    console.error('usage: npm run restore -- <backup folder> [--force]');
    process.exit(2);
  }
  if (env().DATABASE_URL) {
    console.error('restore: DATABASE_URL is set; restore PostgreSQL with pg_restore (docs/backups.md).');
    process.exit(2);
  }
  const dataDir = resolveDataDir();
  const port = env().PORT;
  const holders = processesUsing(path.join(dataDir, DB_FILE));
  if (!values.force && (holders.length > 0 || (await appAnswers(port)))) {
    const who =
      holders.length > 0 ? `process ${holders.join(', ')} has the database open` : `the app answers on port ${port}`;
    console.error(`restore: ${who}. Stop the app first (or pass --force if you are sure it is another one).`);
    process.exit(1);
  }
  const result = restore(path.resolve(folder), dataDir);
  console.log(
    `Restored ${folder} into ${dataDir}.${result.movedAsideTo ? ` What was there is in ${result.movedAsideTo}.` : ''}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(`restore failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
