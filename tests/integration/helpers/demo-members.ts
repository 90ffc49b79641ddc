import { expect } from 'vitest';
import type { TDb } from '@/lib/db/client';
import type { TRole } from '@/lib/domain/access/roles';
import { DEMO_ASSESSMENT_TITLE, seedDemo } from '@/lib/services/assessments/demo-seed';

export type TDemoMember = { assessmentId: string; userId: string; role: TRole; email: string };

/** Seeds the demo workshop into a fresh database: its assessment's id and its members with their emails. */
export async function seedDemoMembers(db: TDb): Promise<{ assessmentId: string; members: TDemoMember[] }> {
  expect(await seedDemo(db)).toBe(true);
  const { id: assessmentId } = await db
    .selectFrom('assessments')
    .select('id')
    .where('title', '=', DEMO_ASSESSMENT_TITLE)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'memberships.role'])
    .where('assessment_id', '=', assessmentId)
    .execute();
  return {
    assessmentId,
    members: rows.map((r) => ({ assessmentId, userId: r.id, role: r.role as TRole, email: r.email })),
  };
}
