import type { TDb } from '../../db/client';
import { DomainError } from '../../domain/shared/errors';
import type { TPracticeCheck, TPracticeCheckInput } from '../../contracts/modes';
import { isPracticeItem, practiceAnnexFor } from '../../idg/facilitation-practices';
import { audit } from '../shared/audit';
import { modeSettingOf } from './step-activities';

/** The Annex 6 and 7 items the facilitators have ticked or annotated, by item key. */
export async function listPracticeChecks(db: TDb, assessmentId: string): Promise<Map<string, TPracticeCheck>> {
  const rows = await db
    .selectFrom('practice_checks')
    .leftJoin('users', 'users.id', 'practice_checks.updated_by')
    .select([
      'practice_checks.item_key',
      'practice_checks.checked',
      'practice_checks.note',
      'practice_checks.updated_at',
      'users.name',
    ])
    .where('practice_checks.assessment_id', '=', assessmentId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.item_key,
      {
        key: r.item_key,
        checked: Number(r.checked) === 1,
        note: r.note,
        updatedBy: r.name ?? null,
        updatedAt: r.updated_at,
      },
    ]),
  );
}

/**
 * Ticks (or unticks) a good practice of the annex for the assessment's mode, with the facilitator's
 * note; answers the record.
 */
export async function recordPracticeCheck(
  db: TDb,
  assessmentId: string,
  actorId: string,
  key: string,
  input: TPracticeCheckInput,
): Promise<TPracticeCheck> {
  if (!isPracticeItem(key)) throw new DomainError('practices.no_such_item', { key });
  const { mode } = await modeSettingOf(db, assessmentId);
  if (!practiceAnnexFor(mode).sections.some((s) => s.items.some((i) => i.key === key)))
    throw new DomainError('practices.not_for_mode', { key });
  const values = {
    checked: input.checked ? 1 : 0,
    note: input.note,
    updated_by: actorId,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('practice_checks')
    .values({ assessment_id: assessmentId, item_key: key, ...values })
    .onConflict((oc) => oc.columns(['assessment_id', 'item_key']).doUpdateSet(values))
    .execute();
  await audit(db, { assessmentId, actorId, action: 'practice.check', detail: { key, checked: input.checked } });
  return (await listPracticeChecks(db, assessmentId)).get(key)!;
}
