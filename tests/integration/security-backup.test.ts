// `npm run backup` / `npm run restore` (scripts/backup.ts, scripts/restore.ts): an online backup
// taken while another connection keeps writing is one consistent snapshot that passes SQLite's
// integrity check, carries DATA_DIR/files, and restores into another DATA_DIR with its rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TDb, openDb } from '@/lib/db/client';
import { DB_FILE, backup, integrityCheck } from '@/scripts/backup';
import { restore } from '@/scripts/restore';
import { type TTestDb, createTestDb } from './helpers/yjs-harness';

async function insertUser(db: TDb, n: number): Promise<void> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      email: `writer-${n}-${id}@example.test`,
      name: `writer ${n}`,
      password_hash: null,
      is_admin: 0,
      time_zone: null,
      locale: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

async function countUsers(db: TDb): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('backup and restore of the embedded database', () => {
  let t: TTestDb;
  let dataDir = '';
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-backup-test-'));

  beforeAll(async () => {
    t = await createTestDb('sqlite');
    dataDir = process.env.DATA_DIR ?? '';
    for (let i = 0; i < 500; i++) await insertUser(t.db, i);
    fs.mkdirSync(path.join(dataDir, 'files', 'assessment-1'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'files', 'assessment-1', 'evidence.pdf'), 'evidence bytes');
  });

  afterAll(async () => {
    await t?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('takes a consistent copy while another connection writes, and restores it', async () => {
    const before = await countUsers(t.db);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await insertUser(t.db, 1000 + written++);
        // better-sqlite3 is synchronous underneath Kysely: yield, or nothing else ever runs.
        await new Promise((r) => setImmediate(r));
      }
    })();
    // Let the writer get going, so the backup really runs beside it.
    while (written < 20) await new Promise((r) => setTimeout(r, 5));
    const out = path.join(scratch, 'backup');
    const result = backup(dataDir, out);
    const afterBackup = written;
    // And keep writing after it: none of these may appear in the copy.
    while (written < afterBackup + 20) await new Promise((r) => setTimeout(r, 5));
    writing = false;
    await writer;

    expect(result.files).toBe(1);
    expect(integrityCheck(path.join(out, DB_FILE))).toBe('ok');
    expect(fs.readFileSync(path.join(out, 'files', 'assessment-1', 'evidence.pdf'), 'utf8')).toBe('evidence bytes');

    const target = path.join(scratch, 'restored-data');
    fs.mkdirSync(target);
    // Something to be moved aside, as when restoring over a live install's data.
    fs.writeFileSync(path.join(target, DB_FILE), 'the old database');
    const restored = restore(out, target);
    expect(restored.movedAsideTo && fs.readFileSync(path.join(restored.movedAsideTo, DB_FILE), 'utf8')).toBe(
      'the old database',
    );

    const db = openDb({ sqliteFile: path.join(target, DB_FILE) });
    try {
      const rows = await countUsers(db);
      // A snapshot: everything from before the backup, some of the writes during it, none after.
      expect(rows).toBeGreaterThanOrEqual(before + 20);
      expect(rows).toBeLessThanOrEqual(before + afterBackup);
      expect(rows).toBeLessThan(await countUsers(t.db));
      // Whole rows only: every restored user is readable in full.
      const names = await db.selectFrom('users').select(['id', 'name', 'email']).execute();
      expect(names.every((u) => u.id && u.name && u.email)).toBe(true);
    } finally {
      await db.destroy();
    }
    expect(fs.readFileSync(path.join(target, 'files', 'assessment-1', 'evidence.pdf'), 'utf8')).toBe('evidence bytes');
  });

  it('refuses a damaged backup and leaves the data directory as it was', () => {
    const bad = path.join(scratch, 'bad-backup');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, DB_FILE), Buffer.alloc(8192, 7));
    const target = path.join(scratch, 'untouched');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, DB_FILE), 'current');
    expect(() => restore(bad, target)).toThrow();
    expect(fs.readFileSync(path.join(target, DB_FILE), 'utf8')).toBe('current');
  });

  it('refuses to write a backup over a folder that is not empty', () => {
    const busy = path.join(scratch, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'x'), 'x');
    expect(() => backup(dataDir, busy)).toThrow(/not empty/);
  });
});
