import 'server-only';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { flagsSensitive, seesSensitive } from '../../domain/reports/redaction';
import { ROLES } from '../../domain/access/roles';
import { broadcastToMembers } from '../../realtime/broadcast';
import { findAssessment } from '../assessments/assessments';
import { audit } from '../shared/audit';
import { type TAnswerFlag, type TAnswerFlagInput, areaOfQuestionKey } from '../../contracts/checklist';
import type { TMembership } from '../access/membership';

// The "sensitive" flag of checklist answers: set and cleared by facilitators, read by
// facilitators and senior management, and never sent to anyone else: not in the checklist API,
// not in the live room, not in exports they receive (redacted exports leave the answer out
// without saying why). The exports read the flags through sensitiveQuestionKeys.

const SEES_FLAGS = ROLES.filter(seesSensitive);

/**
 * The keys of an assessment's answers flagged sensitive; for the server's own use (exports,
 * redaction), not for sending.
 */
export async function sensitiveQuestionKeys(db: TDb, assessmentId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('answer_flags')
    .select('question_key')
    .where('assessment_id', '=', assessmentId)
    .where('flag', '=', 'sensitive')
    .execute();
  return new Set(rows.map((r) => r.question_key));
}

/** Every flag of the assessment, by question key; facilitators and senior management only (403 for anyone else). */
export async function listAnswerFlags(db: TDb, viewer: TMembership): Promise<TAnswerFlag[]> {
  if (!seesSensitive(viewer.role)) throw new DomainError('answer_flags.view_forbidden');
  const rows = await db
    .selectFrom('answer_flags')
    .leftJoin('users', 'users.id', 'answer_flags.set_by')
    .select([
      'answer_flags.question_key',
      'answer_flags.flag',
      'answer_flags.set_at',
      'users.id as user_id',
      'users.name as user_name',
    ])
    .where('answer_flags.assessment_id', '=', viewer.assessmentId)
    .orderBy('answer_flags.question_key')
    .execute();
  return rows.map((r) => ({
    questionKey: r.question_key,
    flag: r.flag,
    setAt: r.set_at,
    setBy: r.user_id && r.user_name !== null ? { id: r.user_id, name: r.user_name } : null,
  }));
}

async function assertInScope(db: TDb, assessmentId: string, questionKey: string): Promise<void> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new DomainError('assessment.not_found');
  if (!assessment.areas.includes(areaOfQuestionKey(questionKey))) {
    throw new DomainError('validation.failed', undefined, {
      fieldErrors: { questionKey: ['This question is not in the assessment’s scope.'] },
    });
  }
}

/** Tells the members who may see flags, on their own connections only. */
async function announce(
  db: TDb,
  assessmentId: string,
  change: { questionKey: string; flag: 'sensitive'; on: boolean },
): Promise<void> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('assessment_id', '=', assessmentId)
    .where('role', 'in', SEES_FLAGS)
    .execute();
  broadcastToMembers(
    assessmentId,
    rows.map((r) => r.user_id),
    'answer-flags:changed',
    change,
  );
}

/** Sets a flag on an answer; facilitators only. Setting it again changes nothing. Returns whether it was newly set. */
export async function setAnswerFlag(
  db: TDb,
  actor: TMembership,
  input: TAnswerFlagInput,
): Promise<{ changed: boolean }> {
  if (!flagsSensitive(actor.role)) throw new DomainError('answer_flags.set_forbidden');
  await assertInScope(db, actor.assessmentId, input.questionKey);
  const result = await db
    .insertInto('answer_flags')
    .values({
      assessment_id: actor.assessmentId,
      question_key: input.questionKey,
      flag: input.flag,
      set_by: actor.userId,
      set_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['assessment_id', 'question_key', 'flag']).doNothing())
    .executeTakeFirst();
  const changed = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  if (changed) {
    await audit(db, {
      assessmentId: actor.assessmentId,
      actorId: actor.userId,
      action: 'answer-flag.set',
      detail: { questionKey: input.questionKey, flag: input.flag },
    });
    await announce(db, actor.assessmentId, { questionKey: input.questionKey, flag: input.flag, on: true });
  }
  return { changed };
}

/** Clears a flag; facilitators only. Clearing one that is not set changes nothing. Returns whether it was set. */
export async function clearAnswerFlag(
  db: TDb,
  actor: TMembership,
  input: TAnswerFlagInput,
): Promise<{ changed: boolean }> {
  if (!flagsSensitive(actor.role)) throw new DomainError('answer_flags.set_forbidden');
  await assertInScope(db, actor.assessmentId, input.questionKey);
  const result = await db
    .deleteFrom('answer_flags')
    .where('assessment_id', '=', actor.assessmentId)
    .where('question_key', '=', input.questionKey)
    .where('flag', '=', input.flag)
    .executeTakeFirst();
  const changed = Number(result.numDeletedRows) > 0;
  if (changed) {
    await audit(db, {
      assessmentId: actor.assessmentId,
      actorId: actor.userId,
      action: 'answer-flag.clear',
      detail: { questionKey: input.questionKey, flag: input.flag },
    });
    await announce(db, actor.assessmentId, { questionKey: input.questionKey, flag: input.flag, on: false });
  }
  return { changed };
}
