import type { TDb } from '../../db/client';
import { type TRole } from '../../domain/access/roles';
import { ZRoleSchema } from '../../domain/access/role-schema';

export type TMembership = { assessmentId: string; userId: string; role: TRole };

/** The user's membership of an assessment, or null when they are not a member (or the id is unknown). */
export async function findMembership(db: TDb, assessmentId: string, userId: string): Promise<TMembership | null> {
  const row = await db
    .selectFrom('memberships')
    .select(['assessment_id', 'user_id', 'role'])
    .where('assessment_id', '=', assessmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  const role = ZRoleSchema.safeParse(row.role);
  return role.success ? { assessmentId: row.assessment_id, userId: row.user_id, role: role.data } : null;
}
