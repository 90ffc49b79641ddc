import type { TDb } from '../../db/client';
import { priorityCriteria } from '../../idg/process';
import type { TAddedCriterion } from '../../contracts/priorities';

// What the live server also reads (it opens rounds): so no 'server-only' here, unlike the writes
// in added-criteria-changes.ts.

/** The criteria the working group added to an assessment, oldest first, each saying whether a round has used it. */
export async function listAddedCriteria(db: TDb, assessmentId: string): Promise<TAddedCriterion[]> {
  const [rows, rounds] = await Promise.all([
    db
      .selectFrom('added_criteria')
      .select(['id', 'name', 'description'])
      .where('assessment_id', '=', assessmentId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('rating_rounds')
      .select('criteria')
      .where('assessment_id', '=', assessmentId)
      .where('kind', '=', 'rating')
      .execute(),
  ]);
  const used = new Set(rounds.flatMap((r) => JSON.parse(r.criteria) as string[]));
  return rows.map((r) => ({ ...r, used: used.has(r.id) }));
}

/** Every criterion an assessment rates on: the guide's eight in its order, then the added ones, oldest first. */
export async function assessmentCriteriaIds(db: TDb, assessmentId: string): Promise<string[]> {
  const added = await db
    .selectFrom('added_criteria')
    .select('id')
    .where('assessment_id', '=', assessmentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return [...priorityCriteria.map((c) => c.id), ...added.map((r) => r.id)];
}
