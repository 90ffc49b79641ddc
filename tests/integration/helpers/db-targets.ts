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
    cleanUp: () => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/** A fresh schema in the given PostgreSQL database, dropped afterwards. */
export function postgresTarget(databaseUrl: string): TDbTarget {
  // First on the search path, so reruns never meet earlier tables and the test role needs no
  // right to create databases.
  const schema = `idg_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  // A suite whose set-up outlives its hook timeout still gets its clean-up run: wait for the
  // set-up, so the schema is never dropped under a migration that is still running (which
  // reports a missing schema instead of the timeout that caused it).
  let opening: Promise<unknown> = Promise.resolve();
  return {
    name: 'PostgreSQL',
    open: (options) => {
      const db = (async () => {
        await admin.connect();
        await admin.query(`CREATE SCHEMA ${schema}`);
        const url = new URL(databaseUrl);
        url.searchParams.set('options', `-c search_path=${schema}`);
        const opened = openDb(url.toString());
        if (options?.migrated) await migrate(opened);
        return opened;
      })();
      opening = db.catch(() => undefined);
      return db;
    },
    cleanUp: async () => {
      await opening;
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
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
