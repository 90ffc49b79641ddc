// The databases integration tests run against: SQLite always, PostgreSQL when
// TEST_DATABASE_URL points at a database the tests may create schemas in.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, openDb, type TDb } from '@/lib/db/client';

export type TDbTarget = { name: string; open: () => Promise<TDb>; cleanUp: () => Promise<void> };

/** A fresh SQLite file in a temporary directory. */
export function sqliteTarget(): TDbTarget {
  let dir = '';
  return {
    name: 'SQLite',
    open: () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-db-test-'));
      return Promise.resolve(openDb({ sqliteFile: path.join(dir, 'test.sqlite') }));
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
  return {
    name: 'PostgreSQL',
    open: async () => {
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const url = new URL(databaseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return openDb(url.toString());
    },
    cleanUp: async () => {
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
export async function openMigrated(target: TDbTarget): Promise<TDb> {
  const db = await target.open();
  await migrate(db);
  return db;
}
