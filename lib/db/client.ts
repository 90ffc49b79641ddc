import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import { isPostgres } from './portable';
import type { Database } from './schema';
import { env } from '../config/env';
import { logger } from '../log/logger';

export type TDb = Kysely<Database>;

/** The data directory (`DATA_DIR`, default `./data`), created on first use. */
export function dataDir(): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ env().DATA_DIR);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Opens a database: PostgreSQL when given a URL (default `DATABASE_URL`), else SQLite in
 * `DATA_DIR`, or at `sqliteFile` when given one (tests, tools that must not touch `DATA_DIR`).
 */
export function openDb(target: string | { sqliteFile: string } | undefined = env().DATABASE_URL): TDb {
  if (typeof target === 'string' && target) {
    const databaseUrl = target;
    const pool = new pg.Pool({ connectionString: databaseUrl, max: env().DATABASE_POOL_SIZE });
    // A dropped idle connection must not crash the process; the pool replaces it.
    pool.on('error', (err) => logger('db').error({ error: err.message }, 'idle-client-error'));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const file =
    typeof target === 'object'
      ? target.sqliteFile
      : path.join(/*turbopackIgnore: true*/ dataDir(), 'idg-workshop.sqlite');
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the writer; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrate(db: TDb): Promise<void> {
  // Unless told a schema, Kysely takes its migration tables in ANY schema of the database for
  // ours (another app's, a parallel test run's) and then fails to find them: pin them to the
  // schema this connection works in.
  const migrationTableSchema = isPostgres(db)
    ? ((await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema ??
      undefined)
    : undefined;
  const migrator = new Migrator({
    db,
    migrationTableSchema,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === 'Error') logger('db').error({ migration: r.migrationName }, 'migration-failed');
  }
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}

const globalForDb = globalThis as typeof globalThis & { __idgDb?: TDb };

/**
 * The process-wide database. Kept on globalThis because the custom server and Next's
 * route handlers load this module separately (see docs/pitfalls.md, "Sharing state between
 * server/ and route handlers") and must share one pool.
 */
export function getDb(): TDb {
  globalForDb.__idgDb ??= openDb();
  return globalForDb.__idgDb;
}
