import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { audit } from '../shared/audit';
import {
  FEEDBACK_TOPICS,
  type TFeedbackResponseInput,
  type TFeedbackSettingsInput,
  type TFeedbackState,
  type TFeedbackSummary,
} from '../../contracts/reports';
import type { TMembership } from '../access/membership';

async function settingsRow(db: TDb, assessmentId: string) {
  const row = await db
    .selectFrom('feedback_settings')
    .select(['open', 'anonymous'])
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  // A survey nobody set up yet is closed and, by default, anonymous.
  return { open: row ? Number(row.open) === 1 : false, anonymous: row ? Number(row.anonymous) === 1 : true };
}

async function responseCount(db: TDb, assessmentId: string): Promise<number> {
  const row = await db
    .selectFrom('feedback_responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The survey's settings, how many answered, and whether this member has. */
export async function feedbackState(db: TDb, assessmentId: string, userId: string): Promise<TFeedbackState> {
  const [settings, responses, mine] = await Promise.all([
    settingsRow(db, assessmentId),
    responseCount(db, assessmentId),
    db
      .selectFrom('feedback_respondents')
      .select('user_id')
      .where('assessment_id', '=', assessmentId)
      .where('user_id', '=', userId)
      .executeTakeFirst(),
  ]);
  return { ...settings, responses, responded: Boolean(mine) };
}

/** Opens or closes the survey and chooses anonymity; facilitators only, anonymity fixed once answered. */
export async function setFeedbackSettings(db: TDb, actor: TMembership, input: TFeedbackSettingsInput): Promise<void> {
  assertCan(actor, 'session.run', 'feedback.forbidden');
  const current = await settingsRow(db, actor.assessmentId);
  // Respondents were told whether their answers carry their name; that promise cannot change.
  if (current.anonymous !== input.anonymous && (await responseCount(db, actor.assessmentId)) > 0) {
    throw new DomainError('feedback.anonymity_locked');
  }
  const row = {
    open: input.open ? 1 : 0,
    anonymous: input.anonymous ? 1 : 0,
    updated_by: actor.userId,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('feedback_settings')
    .values({ assessment_id: actor.assessmentId, ...row })
    .onConflict((oc) => oc.column('assessment_id').doUpdateSet(row))
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'feedback.settings',
    detail: input,
  });
}

/** Records a member's answers once; in an anonymous survey the response keeps no user id. */
export async function submitFeedback(db: TDb, actor: TMembership, input: TFeedbackResponseInput): Promise<void> {
  const settings = await settingsRow(db, actor.assessmentId);
  if (!settings.open) throw new DomainError('feedback.not_open');
  const answers = Object.fromEntries(FEEDBACK_TOPICS.map((t) => [t.id, input.answers[t.id] ?? '']));
  await db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom('feedback_respondents')
      .select('user_id')
      .where('assessment_id', '=', actor.assessmentId)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    if (already) throw new DomainError('feedback.already_answered');
    await trx
      .insertInto('feedback_respondents')
      .values({ assessment_id: actor.assessmentId, user_id: actor.userId })
      .execute();
    await trx
      .insertInto('feedback_responses')
      .values({
        id: crypto.randomUUID(),
        assessment_id: actor.assessmentId,
        user_id: settings.anonymous ? null : actor.userId,
        answers: JSON.stringify(answers),
        submitted_on: new Date().toISOString().slice(0, 10),
      })
      .execute();
  });
  // The audit log says that someone answered, never what: in an anonymous survey it says nothing more.
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: settings.anonymous ? null : actor.userId,
    action: 'feedback.submit',
  });
}

/** The answers per topic for the report and the facilitators; names only for a named survey when `withNames`. */
export async function feedbackSummary(db: TDb, assessmentId: string, withNames: boolean): Promise<TFeedbackSummary> {
  const [settings, rows] = await Promise.all([
    settingsRow(db, assessmentId),
    db
      .selectFrom('feedback_responses')
      .leftJoin('users', 'users.id', 'feedback_responses.user_id')
      .select(['feedback_responses.answers', 'feedback_responses.id', 'users.name'])
      .where('feedback_responses.assessment_id', '=', assessmentId)
      // By id (random), not by time: the order must not tell who answered when.
      .orderBy('feedback_responses.id')
      .execute(),
  ]);
  const parsed = rows.map((r) => ({
    answers: JSON.parse(r.answers) as Record<string, string>,
    by: withNames && r.name ? r.name : null,
  }));
  return {
    anonymous: settings.anonymous,
    responses: rows.length,
    topics: FEEDBACK_TOPICS.map((t) => ({
      ...t,
      answers: parsed.flatMap((p) =>
        (p.answers[t.id] ?? '').trim() ? [{ text: p.answers[t.id]!.trim(), by: p.by }] : [],
      ),
    })),
  };
}
