import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { type TBreakdown, breakdown, summarise } from '../../domain/surveys/survey-results';
import { type TSurveyAnswers, type TSurveyQuestion, validateAnswers } from '../../domain/surveys/survey-schema';
import type { TMembership } from '../access/membership';
import { getSurvey, hashToken, surveyQuestions, today } from './surveys';
import type { TSurveyResults } from '../../contracts/surveys';

/** What the public page shows of a survey found by its link. */
export type TPublicSurvey = {
  title: string;
  intro: string;
  status: 'draft' | 'open' | 'closed';
  invitationOnly: boolean;
  questions: TSurveyQuestion[];
};

// The link token is 43 base64url characters; anything else is not worth a query.
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

async function findByToken(db: TDb, token: string) {
  if (!TOKEN.test(token)) return undefined;
  return db.selectFrom('surveys').selectAll().where('public_token', '=', token).executeTakeFirst();
}

/** The survey behind a public link, or null when the link is not valid. */
export async function findPublicSurvey(db: TDb, token: string): Promise<(TPublicSurvey & { id: string }) | null> {
  const row = await findByToken(db, token);
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    intro: row.intro,
    status: row.status,
    invitationOnly: row.invitation_only === 1,
    questions: surveyQuestions(row),
  };
}

/**
 * The survey behind a public link if it takes answers; 404 or 409 otherwise, so a route can refuse
 * before reading a body.
 */
export async function openSurveyByToken(db: TDb, token: string) {
  const row = await findByToken(db, token);
  if (!row) throw new DomainError('survey_link.invalid');
  if (row.status !== 'open')
    throw new DomainError(row.status === 'closed' ? 'survey_link.closed' : 'survey_link.not_open_yet');
  return row;
}

/**
 * Stores one anonymous answer given through the public link. Nothing about the respondent is
 * kept: no account, no address, no browser, and of the time only the day. When the survey needs
 * an invitation, the token is spent in the same transaction, and nothing links it to the answer.
 */
export async function submitSurveyAnswer(
  db: TDb,
  token: string,
  raw: Record<string, unknown>,
  invitation: string | undefined,
): Promise<void> {
  await answerOpenSurvey(db, await openSurveyByToken(db, token), raw, invitation);
}

/** The same, for a survey the caller has already opened by its link (the route, before reading the body). */
export async function answerOpenSurvey(
  db: TDb,
  row: Awaited<ReturnType<typeof openSurveyByToken>>,
  raw: Record<string, unknown>,
  invitation: string | undefined,
): Promise<void> {
  const checked = validateAnswers(surveyQuestions(row), raw);
  if (!checked.ok) throw new DomainError('survey_answers.invalid', undefined, { fieldErrors: checked.errors });
  await db.transaction().execute(async (trx) => {
    if (row.invitation_only === 1) {
      if (!invitation) throw new DomainError('survey_link.invitation_needed');
      const spent = await trx
        .updateTable('survey_invitations')
        .set({ used: 1 })
        .where('token_hash', '=', hashToken(invitation))
        .where('survey_id', '=', row.id)
        .where('used', '=', 0)
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) !== 1) throw new DomainError('survey_link.invitation_used');
    }
    await trx
      .insertInto('survey_responses')
      .values({
        id: crypto.randomUUID(),
        survey_id: row.id,
        answers: JSON.stringify(checked.answers),
        answered_on: today(),
      })
      .execute();
  });
}

/** Every stored answer of a survey (for results and KPI measures). */
export async function surveyResponses(db: TDb, surveyId: string): Promise<TSurveyAnswers[]> {
  const rows = await db.selectFrom('survey_responses').select('answers').where('survey_id', '=', surveyId).execute();
  return rows.map((r) => JSON.parse(r.answers) as TSurveyAnswers);
}

/** A survey's results with a breakdown by each grouping question, groups under the threshold hidden. */
export async function surveyResults(
  db: TDb,
  member: TMembership,
  surveyId: string,
  notAnsweredLabel = 'Not answered',
): Promise<TSurveyResults> {
  const survey = await getSurvey(db, member, surveyId);
  const responses = await surveyResponses(db, surveyId);
  const breakdowns = survey.questions
    .filter((q) => q.type === 'single' && q.grouping)
    .map((q) => breakdown(survey.questions, responses, q.id, notAnsweredLabel))
    .filter((b): b is TBreakdown => b !== null);
  return {
    surveyId,
    title: survey.title,
    status: survey.status,
    total: responses.length,
    questions: summarise(survey.questions, responses),
    breakdowns,
  };
}
