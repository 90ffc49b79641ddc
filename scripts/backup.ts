// `npm run backup [-- --out <folder>]`: a consistent copy of the embedded SQLite database and
// of DATA_DIR/files, taken while the app runs, into DATA_DIR/backups/<timestamp>/ by default.
// PostgreSQL installs use pg_dump instead (docs/backups.md).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { env } from '../lib/config/env';

/** The database file's name inside DATA_DIR and inside a backup folder. */
export const DB_FILE = 'idg-workshop.sqlite';
/** The uploaded evidence files' folder inside DATA_DIR and inside a backup folder. */
export const FILES_DIR = 'files';

/** DATA_DIR as the app resolves it (default ./data). */
export function resolveDataDir(): string {
  return path.resolve(env().DATA_DIR);
}

/** The result of SQLite's `PRAGMA integrity_check` on a database file: 'ok', or what is wrong. */
export function integrityCheck(file: string): string {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

export type TBackupResult = { folder: string; files: number };

/**
 * Copies DATA_DIR's database with `VACUUM INTO` (a consistent snapshot while the
 * app keeps writing) and its files folder into `out`, then checks the copy's integrity.
 */
export function backup(dataDir: string, out: string): TBackupResult {
  const source = path.join(dataDir, DB_FILE);
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) throw new Error(`${out} exists and is not empty`);
  fs.mkdirSync(out, { recursive: true });
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // VACUUM INTO writes the whole database from one read transaction: one consistent snapshot
    // that writers (WAL) do not wait for. The online backup API restarts its page-by-page copy
    // whenever another connection writes, so a busy app could keep it from ever finishing.
    db.prepare('VACUUM INTO ?').run(path.join(out, DB_FILE));
  } finally {
    db.close();
  }
  // The copy inherits WAL mode; a rollback journal makes it one self-contained file (no -wal
  // or -shm beside it that a copy of the folder could miss).
  const copy = new SQLite(path.join(out, DB_FILE), { fileMustExist: true });
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const check = integrityCheck(path.join(out, DB_FILE));
  if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${check}`);
  // Files are written once under a random name and never changed, so a plain copy is consistent
  // with the database up to files added during the copy (which no row refers to yet).
  const filesSource = path.join(dataDir, FILES_DIR);
  let files = 0;
  if (fs.existsSync(filesSource)) {
    fs.cpSync(filesSource, path.join(out, FILES_DIR), { recursive: true });
    files = fs
      .readdirSync(path.join(out, FILES_DIR), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).length;
  }
  fs.writeFileSync(
    path.join(out, 'backup.json'),
    `${JSON.stringify({ createdAt: new Date().toISOString(), dataDir, files }, null, 2)}\n`,
  );
  return { folder: out, files };
}

/** A folder name that sorts by time and is safe on every file system. */
export function timestampName(now = new Date()): string {
  return `idg-backup-${now.toISOString().replace(/[:.]/g, '-')}`;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  if (env().DATABASE_URL) {
    console.error('backup: DATABASE_URL is set; back PostgreSQL up with pg_dump -Fc (docs/backups.md).');
    process.exit(2);
  }
  const dataDir = resolveDataDir();
  const out = path.resolve(values.out ?? path.join(dataDir, 'backups', timestampName()));
  const result = backup(dataDir, out);
  console.log(
    `Backup written to ${result.folder} (database and ${result.files} files). Restore it with: npm run restore -- ${result.folder}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (err) {
    console.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
