import 'server-only';
import type { TDb } from '../../db/client';
import { mayChangeMode, modeChange, type TModeSetting } from '../../domain/assessments/modes';
import { DomainError } from '../../domain/shared/errors';
import type { TModeChangeResponse } from '../../contracts/modes';
import type { TLocale } from '../../i18n/locales';
import { audit } from '../shared/audit';
import { findAssessment } from './assessments';
import { workshopStages } from './workshop-status';
import { setUpSelfAssessment } from './self-assessment';

/** What changing the assessment's mode to `to` would do, and whether it may change now. */
export async function previewModeChange(db: TDb, assessmentId: string, to: TModeSetting): Promise<TModeChangeResponse> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new DomainError('assessment.not_found');
  const from: TModeSetting = { mode: assessment.mode, concurrent: assessment.concurrent };
  const [stages, externalFacilitators] = await Promise.all([
    workshopStages(db, [assessmentId]),
    db
      .selectFrom('memberships')
      .select('user_id')
      .where('assessment_id', '=', assessmentId)
      .where('role', '=', 'EF')
      .execute(),
  ]);
  return {
    from,
    to,
    mayChange: mayChangeMode(stages.get(assessmentId) ?? 'prepare'),
    ...modeChange(from, to),
    externalFacilitators: externalFacilitators.length,
  };
}

/**
 * Changes the mode while the assessment is being prepared: the activities it makes N/A leave the
 * open work, and a self-assessment gets its Annex 7 structure (the circular drafted in `locale`).
 */
export async function changeMode(
  db: TDb,
  assessmentId: string,
  actorId: string,
  to: TModeSetting,
  locale: TLocale,
): Promise<TModeChangeResponse> {
  const change = await previewModeChange(db, assessmentId, to);
  if (!change.mayChange) throw new DomainError('mode.locked');
  await db
    .updateTable('assessments')
    .set({ mode: to.mode, concurrent_modes: to.concurrent ? 1 : 0 })
    .where('id', '=', assessmentId)
    .execute();
  if (to.mode === 3) await setUpSelfAssessment(db, (await findAssessment(db, assessmentId))!, actorId, locale);
  await audit(db, {
    assessmentId,
    actorId,
    action: 'assessment.mode',
    detail: { from: change.from, to },
  });
  return change;
}
