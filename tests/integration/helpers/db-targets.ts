// The databases integration tests run against: SQLite always, PostgreSQL when
// TEST_DATABASE_URL points at a database the tests may create schemas in.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, openDb, type TDb } from '@/lib/db/client';

export type TDbTarget = {
  name: string;
  open: (options?: { migrated?: boolean }) => Promise<TDb>;
  /** Migrates a database this target opened (as `open({ migrated: true })` does). */
  migrate: (db: TDb) => Promise<void>;
  cleanUp: () => Promise<void>;
};

/** A fresh SQLite file in a temporary directory. */
export function sqliteTarget(): TDbTarget {
  let dir = '';
  return {
    name: 'SQLite',
    open: async (options) => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-db-test-'));
      const db = openDb({ sqliteFile: path.join(dir, 'test.sqlite') });
      if (options?.migrated) await migrate(db);
      return db;
    },
    migrate,
    cleanUp: () => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

// Kysely's migrator looks for its tables through an introspection that asks about every schema
// of the database; a schema dropped by another suite in the middle of that query fails it with
// "schema … does not exist". Migrations therefore hold a shared advisory lock and drops an
// exclusive one: suites (and parallel runs) migrate together, and drop only between migrations.
const SCHEMA_LOCK = 4_214_001;

/** A fresh schema in the given PostgreSQL database, dropped afterwards. */
export function postgresTarget(databaseUrl: string): TDbTarget {
  // First on the search path, so reruns never meet earlier tables and the test role needs no
  // right to create databases.
  const schema = `idg_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  // A suite whose set-up outlives its hook timeout still gets its clean-up run: wait for the
  // set-up, so the schema is never dropped under a migration that is still running.
  let opening: Promise<unknown> = Promise.resolve();
  const lockedMigrate = async (db: TDb) => {
    await admin.query('SELECT pg_advisory_lock_shared($1)', [SCHEMA_LOCK]);
    try {
      await migrate(db);
    } finally {
      await admin.query('SELECT pg_advisory_unlock_shared($1)', [SCHEMA_LOCK]);
    }
  };
  return {
    name: 'PostgreSQL',
    migrate: lockedMigrate,
    open: (options) => {
      const db = (async () => {
        await admin.connect();
        await admin.query(`CREATE SCHEMA ${schema}`);
        const url = new URL(databaseUrl);
        url.searchParams.set('options', `-c search_path=${schema}`);
        const opened = openDb(url.toString());
        if (options?.migrated) await lockedMigrate(opened);
        return opened;
      })();
      opening = db.catch(() => undefined);
      return db;
    },
    cleanUp: async () => {
      await opening;
      await admin.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
      }
      await admin.end();
    },
  };
}

/** Every database this run tests against. Each call makes fresh targets. */
export function dbTargets(): TDbTarget[] {
  return [sqliteTarget(), ...(process.env.TEST_DATABASE_URL ? [postgresTarget(process.env.TEST_DATABASE_URL)] : [])];
}

/** Opens and migrates a target. */
export function openMigrated(target: TDbTarget): Promise<TDb> {
  return target.open({ migrated: true });
}
