// The scenarios of the end-to-end suite (POST /__e2e/scenario on scripts/e2e-server.ts): a fresh
// assessment with its own members, groups and allocations for each test, so that no test reads
// another's leftovers. See CONTRIBUTING.md, "Writing an end-to-end test".
import crypto from 'node:crypto';
import { hashPassword } from '../lib/auth/password';
import type { TScenario, TScenarioResponse } from '../lib/contracts/test-scenario';
import type { TDb } from '../lib/db/client';
import { createUser } from '../lib/services/accounts/users';
import { seedAssessment } from '../lib/services/assessments/seed-assessment';

/** One password for every scenario member of a run, hashed once: a bcrypt hash per member would cost seconds a test. */
export type TScenarioPassword = { password: string; hash: string };

/** A fresh password and its hash, for every scenario of this server's run. */
export async function scenarioPassword(): Promise<TScenarioPassword> {
  const password = crypto.randomBytes(12).toString('base64url');
  return { password, hash: await hashPassword(password) };
}

/** Creates the scenario's accounts (unique emails) and its assessment, members, groups and allocations. */
export async function createScenario(
  db: TDb,
  scenario: TScenario,
  credentials: TScenarioPassword,
): Promise<TScenarioResponse> {
  const tag = crypto.randomBytes(4).toString('hex');
  const members: TScenarioResponse['members'] = {};
  for (const m of scenario.members) {
    const email = `${m.key.toLowerCase()}-${tag}@scenario.e2e.test`;
    const id = await createUser(db, { email, name: m.name, password: null, timeZone: m.timeZone });
    await db.updateTable('users').set({ password_hash: credentials.hash }).where('id', '=', id).execute();
    members[m.key] = { id, email, name: m.name, role: m.role };
  }
  const idOf = (key: string) => members[key]!.id;
  const { assessment, groupIds } = await seedAssessment(db, {
    assessment: {
      administration: scenario.administration,
      country: scenario.country,
      title: scenario.title,
      scope: scenario.scope,
      areas: scenario.areas,
      mode: scenario.mode,
      plannedStart: null,
      plannedEnd: null,
      timeZone: scenario.timeZone,
    },
    members: scenario.members.map((m) => ({
      userId: idOf(m.key),
      role: m.role,
      organisation: m.organisation,
      organisationType: m.organisationType,
      expertise: m.expertise,
      gender: m.gender,
    })),
    groups: scenario.groups.map((g) => ({
      name: g.name,
      memberIds: g.members.map(idOf),
      rapporteurId: g.rapporteur ? idOf(g.rapporteur) : null,
      areaIds: g.areas,
    })),
  });
  return {
    assessmentId: assessment.id,
    title: assessment.title,
    password: credentials.password,
    members,
    groups: Object.fromEntries(scenario.groups.map((g, i) => [g.name, groupIds[i]!])),
  };
}
