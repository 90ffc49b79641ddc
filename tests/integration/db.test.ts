// The migrations and a round trip through the real drivers: SQLite always, PostgreSQL when
// TEST_DATABASE_URL points at a database this test may create schemas in.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import { dbTargets } from './helpers/db-targets';

describe.each(dbTargets())('database on $name', (target) => {
  let db: TDb;

  beforeAll(async () => {
    db = await target.open();
    await target.migrate(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  const now = new Date().toISOString();
  const userId = crypto.randomUUID();
  const assessmentId = crypto.randomUUID();

  it('migrates an empty database, and a second run changes nothing', async () => {
    await target.migrate(db);
    const tables = await db.introspection.getTables();
    const names = tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['users', 'assessments', 'memberships', 'invitations', 'audit_log']));
  });

  it('stores a user, an assessment and a membership and reads them back', async () => {
    await db
      .insertInto('users')
      .values({
        id: userId,
        email: 'ada@example.test',
        name: 'Ada',
        password_hash: null,
        is_admin: 0,
        time_zone: 'Europe/Brussels',
        locale: null,
        created_at: now,
      })
      .execute();
    await db
      .insertInto('assessments')
      .values({
        id: assessmentId,
        administration: 'Customs',
        country: 'BE',
        title: 'Round trip',
        scope: 'targeted',
        areas: JSON.stringify(['transparency']),
        mode: 1,
        planned_start: null,
        planned_end: null,
        time_zone: 'Europe/Brussels',
        created_by: userId,
        created_at: now,
      })
      .execute();
    await db
      .insertInto('memberships')
      .values({
        assessment_id: assessmentId,
        user_id: userId,
        role: 'EF',
        organisation: null,
        organisation_type: null,
        expertise: null,
        gender: null,
        joined_at: now,
      })
      .execute();

    const row = await db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .innerJoin('assessments', 'assessments.id', 'memberships.assessment_id')
      .select(['users.email', 'users.session_version', 'assessments.title', 'assessments.areas', 'memberships.role'])
      .where('memberships.assessment_id', '=', assessmentId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      email: 'ada@example.test',
      session_version: 1,
      title: 'Round trip',
      areas: '["transparency"]',
      role: 'EF',
    });
  });

  it('refuses a second user with the same email', async () => {
    const insert = db
      .insertInto('users')
      .values({
        id: crypto.randomUUID(),
        email: 'ada@example.test',
        name: 'Ada again',
        password_hash: null,
        is_admin: 0,
        time_zone: null,
        locale: null,
        created_at: now,
      })
      .execute();
    await expect(insert).rejects.toThrow(/unique/i);
  });

  it('refuses a membership of a user that does not exist', async () => {
    const insert = db
      .insertInto('memberships')
      .values({
        assessment_id: assessmentId,
        user_id: crypto.randomUUID(),
        role: 'IC',
        organisation: null,
        organisation_type: null,
        expertise: null,
        gender: null,
        joined_at: now,
      })
      .execute();
    await expect(insert).rejects.toThrow(/foreign key/i);
  });
});
