// The end-to-end suite's scenarios (scripts/e2e-scenario.ts): a fresh assessment with its members,
// groups and allocations, made through the same services as the demo seed, on every database;
// and the test route that makes them exists only in scripts/e2e-server.ts, never in the app.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { ZScenarioSchema } from '@/lib/contracts/test-scenario';
import type { TDb } from '@/lib/db/client';
import { findUserByEmail } from '@/lib/services/accounts/users';
import { findAssessment } from '@/lib/services/assessments/assessments';
import { groupsOverview } from '@/lib/services/workshop/group-overview';
import { createScenario, scenarioPassword, type TScenarioPassword } from '../../scripts/e2e-scenario';
import { dbTargets, openMigrated } from './helpers/db-targets';

const root = path.resolve(import.meta.dirname, '../..');

const SHAPE = {
  title: 'Scenario under test',
  scope: 'targeted',
  areas: ['transparency', 'automation', 'code-of-conduct'],
  members: [
    { key: 'facilitator', name: 'Fatima External', role: 'EF', timeZone: 'Europe/Brussels' },
    { key: 'contributor', name: 'Ana Contributor', role: 'IC', organisation: 'Human Resources' },
    { key: 'contributor2', name: 'Ben Contributor', role: 'IC' },
    { key: 'observer', name: 'Olga Observer', role: 'OBS' },
  ],
  groups: [
    { name: 'Group A', members: ['contributor'], rapporteur: 'contributor', areas: ['transparency', 'automation'] },
    { name: 'Group B', members: ['contributor2'], areas: ['code-of-conduct'] },
  ],
};

describe.each(dbTargets())('an e2e scenario on $name', (target) => {
  let db: TDb;
  let credentials: TScenarioPassword;

  beforeAll(async () => {
    db = await openMigrated(target);
    credentials = await scenarioPassword();
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('creates the assessment, its members with their roles, and its groups with their areas', async () => {
    const made = await createScenario(db, ZScenarioSchema.parse(SHAPE), credentials);
    const assessment = await findAssessment(db, made.assessmentId);
    expect(assessment).toMatchObject({ title: 'Scenario under test', scope: 'targeted', mode: 2 });
    expect(assessment!.areas).toEqual(['transparency', 'automation', 'code-of-conduct']);

    const memberships = await db
      .selectFrom('memberships')
      .select(['user_id', 'role', 'organisation'])
      .where('assessment_id', '=', made.assessmentId)
      .execute();
    expect(memberships).toHaveLength(4);
    for (const [key, role] of [
      ['facilitator', 'EF'],
      ['contributor', 'IC'],
      ['contributor2', 'IC'],
      ['observer', 'OBS'],
    ] as const) {
      expect(made.members[key]!.role).toBe(role);
      expect(memberships.find((m) => m.user_id === made.members[key]!.id)?.role).toBe(role);
    }
    expect(memberships.find((m) => m.user_id === made.members.contributor!.id)?.organisation).toBe('Human Resources');

    const { groups } = await groupsOverview(db, made.assessmentId);
    const a = groups.find((g) => g.id === made.groups['Group A']);
    const b = groups.find((g) => g.id === made.groups['Group B']);
    expect(a).toMatchObject({ name: 'Group A', rapporteur: { id: made.members.contributor!.id } });
    expect(a!.members.map((m) => m.id)).toEqual([made.members.contributor!.id]);
    expect(a!.areas.map((x) => x.id).toSorted()).toEqual(['automation', 'transparency']);
    expect(b).toMatchObject({ name: 'Group B', rapporteur: null });
    expect(b!.areas.map((x) => x.id)).toEqual(['code-of-conduct']);
  });

  it('gives every member a unique email, each run, and the run’s one password', async () => {
    const first = await createScenario(db, ZScenarioSchema.parse(SHAPE), credentials);
    const second = await createScenario(db, ZScenarioSchema.parse(SHAPE), credentials);
    const emails = [first, second].flatMap((s) => Object.values(s.members).map((m) => m.email));
    expect(new Set(emails).size).toBe(8);
    const user = await findUserByEmail(db, first.members.observer!.email);
    expect(user?.name).toBe('Olga Observer');
    expect(await verifyPassword(first.password, user!.password_hash)).toBe(true);
  });

  it('refuses a group given an area outside the scope', async () => {
    const shape = { ...SHAPE, groups: [{ name: 'Group A', members: ['contributor'], areas: ['gender-diversity'] }] };
    await expect(createScenario(db, ZScenarioSchema.parse(shape), credentials)).rejects.toThrow();
  });
});

describe('the scenario request', () => {
  it('refuses a first member who does not facilitate, and a group naming an unknown member', () => {
    const observerFirst = { ...SHAPE, members: [...SHAPE.members].reverse() };
    expect(ZScenarioSchema.safeParse(observerFirst).success).toBe(false);
    const stranger = { ...SHAPE, groups: [{ name: 'Group A', members: ['nobody'] }] };
    expect(ZScenarioSchema.safeParse(stranger).success).toBe(false);
  });
});

describe('the test route', () => {
  /** Every file under `dir`, relative to the root. */
  function filesUnder(dir: string): string[] {
    return fs
      .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
  }

  it('is served by the e2e server alone: nothing the app or `npm start` runs knows it', () => {
    const servingCode = [...filesUnder('app'), ...filesUnder('server'), ...filesUnder('lib')].filter((f) =>
      /\.(ts|tsx|mjs)$/.test(f),
    );
    const offenders = servingCode.filter((f) => {
      const text = fs.readFileSync(path.join(root, f), 'utf8');
      return /(from|import\()\s*['"][^'"]*(scripts\/|e2e-)/.test(text);
    });
    expect(offenders).toEqual([]);
    expect(fs.readFileSync(path.join(root, 'scripts/e2e-server.ts'), 'utf8')).toContain("'/__e2e/scenario'");
  });
});
