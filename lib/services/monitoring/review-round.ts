import 'server-only';
import crypto from 'node:crypto';
import * as Y from 'yjs';
import { DomainError } from '../../domain/shared/errors';
import { factorDocName } from '../../collab/doc-names';
import { fragmentText } from '../../collab/fragment-text';
import { STATUS_MAP, answerFragmentName, parseAnswerStatus } from '../../collab/layout';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import type { TDb } from '../../db/client';
import { CLOSED_STATUSES, type TActivityStatus } from '../../domain/monitoring/monitoring-types';
import { assertCan } from '../../domain/access/assert-can';
import { compareRounds, type TRoundAnswer } from '../../domain/monitoring/round-comparison';
import { areaLabel, areaQuestions, checklistAreas } from '../../idg/checklist';
import { findAssessment } from '../assessments/assessments';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { carryActivity } from './carry-activity';
import { monitoringOverview } from './monitoring';
import type { TAreaNamer } from '../checklist/guide-names';
import type { TComparison, TReviewRound, TStartRoundInput } from '../../contracts/monitoring';

/** The round this assessment is (the assessment it follows), or null for a first round. */
export async function reviewRoundOf(db: TDb, assessmentId: string): Promise<TReviewRound | null> {
  const row = await db
    .selectFrom('review_rounds')
    .innerJoin('assessments', 'assessments.id', 'review_rounds.previous_assessment_id')
    .select([
      'review_rounds.assessment_id',
      'review_rounds.previous_assessment_id',
      'review_rounds.carried_answers',
      'review_rounds.started_at',
      'assessments.title',
    ])
    .where('review_rounds.assessment_id', '=', assessmentId)
    .executeTakeFirst();
  return row
    ? {
        assessmentId: row.assessment_id,
        previousAssessmentId: row.previous_assessment_id,
        previousTitle: row.title,
        carriedAnswers: row.carried_answers === 1,
        startedAt: row.started_at,
      }
    : null;
}

/** The later rounds started from this assessment, oldest first. */
export async function laterRounds(
  db: TDb,
  assessmentId: string,
): Promise<{ id: string; title: string; startedAt: string }[]> {
  const rows = await db
    .selectFrom('review_rounds')
    .innerJoin('assessments', 'assessments.id', 'review_rounds.assessment_id')
    .select(['assessments.id', 'assessments.title', 'review_rounds.started_at'])
    .where('review_rounds.previous_assessment_id', '=', assessmentId)
    .orderBy('review_rounds.started_at')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, startedAt: r.started_at }));
}

/** Activities of the previous plan that need continued attention: neither done nor cancelled. */
function needsAttention(status: TActivityStatus): boolean {
  return !CLOSED_STATUSES.has(status);
}

/**
 * Starts the review round (Part VI): a new assessment of the same administration and scope, with
 * every member in their role. By choice, each key factor's checklist document (answers and
 * evaluations) is copied as the starting point, written as the new document's persisted state
 * (never through a live connection), and the previous plan's activities become the new round's
 * candidate activities, marked as carried over: those sorted as continued or varied, and those not
 * sorted yet that need continued attention (they are sorted later on the round's review page).
 */
export async function startReviewRound(db: TDb, actor: TMembership, input: TStartRoundInput): Promise<string> {
  assertCan(actor, 'round.start', 'review_round.forbidden');
  const previous = await findAssessment(db, actor.assessmentId);
  if (!previous) throw new DomainError('assessment.not_found');
  const overview = await monitoringOverview(db, actor.assessmentId);
  if (!overview.plan) throw new DomainError('review_round.no_adopted_plan');

  // Read everything to carry before writing, so the transaction below holds no document work.
  const states: { area: string; state: Uint8Array }[] = [];
  if (input.carryAnswers) {
    for (const area of previous.areas) {
      const doc = await loadPersistedDoc(db, factorDocName(previous.id, area));
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      // An untouched document encodes as two bytes; there is nothing to carry.
      if (state.byteLength > 2) states.push({ area, state });
    }
  }
  // Activities sorted at the start are carried as sorted; the others when they need continued attention.
  const decisions = input.carryActivities
    ? (input.continuity ?? []).filter((c) => overview.activities.some((a) => a.id === c.activityId))
    : [];
  const decided = new Map(decisions.map((c) => [c.activityId, c.decision]));
  const carried = input.carryActivities
    ? overview.activities.filter((a) => {
        const d = decided.get(a.id);
        return d ? d !== 'dropped' : needsAttention(a.status);
      })
    : [];
  const members = await db.selectFrom('memberships').selectAll().where('assessment_id', '=', previous.id).execute();

  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const round = { assessmentId: id, previousAssessmentId: previous.id };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('assessments')
      .values({
        id,
        administration: previous.administration,
        country: previous.country,
        title: input.title,
        scope: previous.scope,
        areas: JSON.stringify(previous.areas),
        mode: previous.mode,
        concurrent_modes: previous.concurrent ? 1 : 0,
        planned_start: null,
        planned_end: null,
        time_zone: previous.timeZone,
        created_by: actor.userId,
        created_at: now,
      })
      .execute();
    if (members.length)
      await trx
        .insertInto('memberships')
        .values(members.map((m) => ({ ...m, assessment_id: id, joined_at: now })))
        .execute();
    await trx
      .insertInto('review_rounds')
      .values({
        assessment_id: id,
        previous_assessment_id: previous.id,
        carried_answers: input.carryAnswers ? 1 : 0,
        started_by: actor.userId,
        started_at: now,
      })
      .execute();
    for (const s of states)
      await trx
        .insertInto('yjs_documents')
        .values({ name: factorDocName(id, s.area), state: s.state, updated_at: now })
        .execute();
    for (const a of carried) await carryActivity(trx, round, a, actor.userId, now);
    for (const c of decisions)
      await trx
        .insertInto('activity_continuity')
        .values({
          assessment_id: id,
          from_activity_id: c.activityId,
          decision: c.decision,
          variation: c.decision === 'varied' ? c.variation : '',
          decided_by: actor.userId,
          decided_at: now,
        })
        .execute();
  });
  const detail = {
    previousAssessmentId: previous.id,
    newAssessmentId: id,
    carryAnswers: input.carryAnswers,
    carriedActivities: carried.length,
  };
  await audit(db, { assessmentId: previous.id, actorId: actor.userId, action: 'round.start', detail });
  await audit(db, {
    assessmentId: id,
    actorId: actor.userId,
    action: 'assessment.create',
    detail: { title: input.title, ...detail },
  });
  return id;
}

/** The candidate activities this round carried over from the previous plan. */
export async function carriedActivities(
  db: TDb,
  assessmentId: string,
): Promise<{ candidateId: string; title: string; fromNumber: string; fromStatus: string }[]> {
  const rows = await db
    .selectFrom('carried_activities')
    .innerJoin('candidate_activities', 'candidate_activities.id', 'carried_activities.candidate_id')
    .select([
      'carried_activities.candidate_id',
      'candidate_activities.title',
      'carried_activities.from_number',
      'carried_activities.from_status',
    ])
    .where('carried_activities.assessment_id', '=', assessmentId)
    .orderBy('carried_activities.from_number')
    .execute();
  return rows.map((r) => ({
    candidateId: r.candidate_id,
    title: r.title,
    fromNumber: r.from_number,
    fromStatus: r.from_status,
  }));
}

async function roundAnswers(
  db: TDb,
  assessmentId: string,
  areaIds: readonly string[],
): Promise<Map<string, TRoundAnswer>> {
  const out = new Map<string, TRoundAnswer>();
  for (const areaId of areaIds) {
    const area = checklistAreas.find((a) => a.id === areaId);
    if (!area) continue;
    const doc = await loadPersistedDoc(db, factorDocName(assessmentId, areaId));
    const status = doc.getMap(STATUS_MAP);
    for (const q of areaQuestions(area))
      out.set(q.key, {
        status: parseAnswerStatus(status.get(q.key)),
        text: fragmentText(doc.getXmlFragment(answerFragmentName(q.key))),
      });
    doc.destroy();
  }
  return out;
}

/**
 * The comparison of a review round with the round it follows: per question the previous and
 * current evaluation and whether the answer changed, beside the previous plan's activities that
 * targeted the question (through their candidate activities' source questions) and how far they got.
 * Areas are named by `name` (the member's language; lib/idg's English by default).
 */
export async function roundComparison(
  db: TDb,
  assessmentId: string,
  name: TAreaNamer = areaLabel,
): Promise<TComparison> {
  const round = await reviewRoundOf(db, assessmentId);
  if (!round) return { round: null, areas: [], questions: [] };
  const current = await findAssessment(db, assessmentId);
  const areaIds = current?.areas ?? [];
  const areas = checklistAreas.filter((a) => areaIds.includes(a.id));
  const questions = areas.flatMap((a) =>
    areaQuestions(a).map((q) => ({ key: q.key, areaId: a.id, number: q.number, text: q.text })),
  );
  const [prev, now, overview] = await Promise.all([
    roundAnswers(db, round.previousAssessmentId, areaIds),
    roundAnswers(db, assessmentId, areaIds),
    monitoringOverview(db, round.previousAssessmentId),
  ]);
  const result = compareRounds(questions, prev, now);
  const byKey = new Map(questions.map((q) => [q.key, q]));
  return {
    round,
    areas: result.areas.map((a) => {
      const area = areas.find((x) => x.id === a.areaId)!;
      return { ...a, title: name(area) };
    }),
    questions: result.questions.map((r) => ({
      ...r,
      number: byKey.get(r.key)!.number,
      text: byKey.get(r.key)!.text,
      activities: overview.activities
        .filter((a) => a.sources.includes(r.key))
        .map((a) => ({ number: a.number, title: a.title, status: a.status, percent: a.percent })),
    })),
  };
}
