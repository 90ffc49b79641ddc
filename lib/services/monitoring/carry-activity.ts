import 'server-only';
import crypto from 'node:crypto';
import type { TDb } from '../../db/client';
import type { TTrackedActivityView } from '../../contracts/monitoring';

/**
 * Carries one activity of the previous plan into the review round as a candidate activity, with
 * the questions it answered to and where it came from; returns the candidate's id. Call it inside
 * the transaction that records the decision to carry it.
 */
export async function carryActivity(
  trx: TDb,
  round: { assessmentId: string; previousAssessmentId: string },
  a: TTrackedActivityView,
  actorId: string,
  now: string,
): Promise<string> {
  const candidateId = crypto.randomUUID();
  const description = `Carried over from activity ${a.number} of the previous plan (${a.status.replace('-', ' ')}, ${a.percent}% done). Responsible: ${a.responsible || a.ownerName || 'not named'}. Target: ${a.target || 'none given'}.`;
  await trx
    .insertInto('candidate_activities')
    .values({
      id: candidateId,
      assessment_id: round.assessmentId,
      title: a.title,
      description,
      status: 'active',
      merged_into: null,
      origin_finding: null,
      agreed_priority: null,
      agreed_reason: null,
      agreed_by: null,
      agreed_at: null,
      created_by: actorId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const sources = [...new Set(a.sources)].map((key) => ({
    activity_id: candidateId,
    question_key: key,
    area_id: key.split('.')[0]!,
  }));
  if (sources.length) await trx.insertInto('activity_sources').values(sources).execute();
  await trx
    .insertInto('carried_activities')
    .values({
      candidate_id: candidateId,
      assessment_id: round.assessmentId,
      from_assessment_id: round.previousAssessmentId,
      from_activity_id: a.id,
      from_number: a.number,
      from_status: a.status,
    })
    .execute();
  return candidateId;
}
