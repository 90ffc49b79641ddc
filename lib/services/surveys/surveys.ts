import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import type { SurveysTable } from '../../db/schema';
import { assertCan } from '../../domain/access/assert-can';
import { can } from '../../domain/access/permissions';
import { type TSurveyContent, type TSurveyQuestion, ZSurveyContentSchema } from '../../domain/surveys/survey-schema';
import { surveyTemplate } from '../../idg/survey-templates';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import type { TSurvey } from '../../contracts/surveys';

/** A day as YYYY-MM-DD in UTC: the only time kept with an answer. */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);
export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

function assertManager(member: TMembership): void {
  assertCan(member, 'survey.manage', 'surveys.forbidden');
}

/** The stored questions of a survey row. */
export function surveyQuestions(row: Pick<SurveysTable, 'questions'>): TSurveyQuestion[] {
  return JSON.parse(row.questions) as TSurveyQuestion[];
}

async function toSurveys(db: TDb, rows: SurveysTable[], manager: boolean): Promise<TSurvey[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const counts = await db
    .selectFrom('survey_responses')
    .select(['survey_id', db.fn.countAll<string>().as('n')])
    .where('survey_id', 'in', ids)
    .groupBy('survey_id')
    .execute();
  const invites = await db
    .selectFrom('survey_invitations')
    .select(['survey_id', 'used', db.fn.countAll<string>().as('n')])
    .where('survey_id', 'in', ids)
    .groupBy(['survey_id', 'used'])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    intro: r.intro,
    audience: r.audience,
    invitationOnly: r.invitation_only === 1,
    questions: surveyQuestions(r),
    status: r.status,
    publicToken: manager ? r.public_token : null,
    answers: Number(counts.find((c) => c.survey_id === r.id)?.n ?? 0),
    invitations: {
      issued: invites.filter((i) => i.survey_id === r.id).reduce((s, i) => s + Number(i.n), 0),
      used: invites.filter((i) => i.survey_id === r.id && Number(i.used) === 1).reduce((s, i) => s + Number(i.n), 0),
    },
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    createdAt: r.created_at,
  }));
}

/** Every survey of the assessment with its status and answer count; the public link only for facilitators. */
export async function listSurveys(db: TDb, member: TMembership): Promise<TSurvey[]> {
  const rows = await db
    .selectFrom('surveys')
    .selectAll()
    .where('assessment_id', '=', member.assessmentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return toSurveys(db, rows, can(member.role, 'survey.manage'));
}

/** One survey of the assessment; 404 when it is not one of its surveys. */
export async function getSurvey(db: TDb, member: TMembership, surveyId: string): Promise<TSurvey> {
  const row = await db
    .selectFrom('surveys')
    .selectAll()
    .where('assessment_id', '=', member.assessmentId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  if (!row) throw new DomainError('surveys.not_found');
  return (await toSurveys(db, [row], can(member.role, 'survey.manage')))[0]!;
}

/** Creates a draft survey from a starter template (staff or client perception) or blank. */
export async function createSurvey(
  db: TDb,
  member: TMembership,
  template: 'staff' | 'clients' | 'blank',
): Promise<TSurvey> {
  assertManager(member);
  const content = surveyTemplate(template);
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  await db
    .insertInto('surveys')
    .values({
      id,
      assessment_id: member.assessmentId,
      title: content.title,
      intro: content.intro,
      audience: content.audience,
      questions: JSON.stringify(content.questions),
      status: 'draft',
      // 32 random bytes: the link is the only key to answering, so it must not be guessable.
      public_token: crypto.randomBytes(32).toString('base64url'),
      invitation_only: content.invitationOnly ? 1 : 0,
      created_by: member.userId,
      created_at: now,
      updated_at: now,
      opened_on: null,
      closed_on: null,
    })
    .execute();
  await audit(db, {
    assessmentId: member.assessmentId,
    actorId: member.userId,
    action: 'survey.create',
    detail: { surveyId: id, template },
  });
  return getSurvey(db, member, id);
}

/**
 * Replaces a draft survey's content; once it has been opened its questions are fixed, so answers keep their meaning.
 */
export async function updateSurvey(
  db: TDb,
  member: TMembership,
  surveyId: string,
  input: TSurveyContent,
): Promise<TSurvey> {
  assertManager(member);
  const survey = await getSurvey(db, member, surveyId);
  if (survey.status !== 'draft') throw new DomainError('surveys.published');
  const content = ZSurveyContentSchema.parse(input);
  await db
    .updateTable('surveys')
    .set({
      title: content.title,
      intro: content.intro,
      audience: content.audience,
      questions: JSON.stringify(content.questions),
      invitation_only: content.invitationOnly ? 1 : 0,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', surveyId)
    .execute();
  return getSurvey(db, member, surveyId);
}

/** Opens a survey to answers through its public link, or closes it for good. */
export async function setSurveyStatus(
  db: TDb,
  member: TMembership,
  surveyId: string,
  status: 'open' | 'closed',
): Promise<TSurvey> {
  assertManager(member);
  const survey = await getSurvey(db, member, surveyId);
  if (status === 'open' && survey.status !== 'draft')
    throw new DomainError(survey.status === 'open' ? 'surveys.already_open' : 'surveys.closed_for_good');
  if (status === 'closed' && survey.status !== 'open') throw new DomainError('surveys.not_open');
  await db
    .updateTable('surveys')
    .set({
      status,
      updated_at: new Date().toISOString(),
      ...(status === 'open' ? { opened_on: today() } : { closed_on: today() }),
    })
    .where('id', '=', surveyId)
    .execute();
  await audit(db, {
    assessmentId: member.assessmentId,
    actorId: member.userId,
    action: `survey.${status === 'open' ? 'open' : 'close'}`,
    detail: { surveyId },
  });
  return getSurvey(db, member, surveyId);
}

/** Deletes a survey that has no answers yet. */
export async function deleteSurvey(db: TDb, member: TMembership, surveyId: string): Promise<void> {
  assertManager(member);
  const survey = await getSurvey(db, member, surveyId);
  if (survey.answers > 0) throw new DomainError('surveys.has_answers');
  await db.deleteFrom('surveys').where('id', '=', surveyId).execute();
  await audit(db, {
    assessmentId: member.assessmentId,
    actorId: member.userId,
    action: 'survey.delete',
    detail: { surveyId },
  });
}

/**
 * Issues one-answer invitation tokens. Only their hashes are stored, with a used flag and
 * nothing else; the tokens are returned once, for the facilitator to hand out.
 */
export async function issueInvitations(
  db: TDb,
  member: TMembership,
  surveyId: string,
  count: number,
): Promise<string[]> {
  assertManager(member);
  const survey = await getSurvey(db, member, surveyId);
  if (survey.status === 'closed') throw new DomainError('surveys.closed');
  const tokens = Array.from({ length: count }, () => crypto.randomBytes(18).toString('base64url'));
  await db.transaction().execute(async (trx) => {
    for (const t of tokens)
      await trx
        .insertInto('survey_invitations')
        .values({ token_hash: hashToken(t), survey_id: surveyId, used: 0 })
        .execute();
  });
  await audit(db, {
    assessmentId: member.assessmentId,
    actorId: member.userId,
    action: 'survey.invite',
    detail: { surveyId, count },
  });
  return tokens;
}
