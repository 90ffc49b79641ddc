import 'server-only';
import type { TDb } from '../../db/client';
import { type TStageFacts, type TWorkshopStage, workshopStage } from '../../domain/assessments/workshop-stage';
import { listSessions } from '../workshop/sessions';

// Where each of several assessments' workshops stands, for the list of assessments and for each
// member's own workshop page: its stage and its next session.

const countBy = (rows: { assessment_id: string }[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.assessment_id, (m.get(r.assessment_id) ?? 0) + 1);
  return m;
};

/**
 * The stage of each assessment, from counts of what it has produced. The area documents are not
 * opened: that a document was ever saved is enough to tell that answers were written.
 */
export async function workshopStages(db: TDb, assessmentIds: string[]): Promise<Map<string, TWorkshopStage>> {
  const out = new Map<string, TWorkshopStage>();
  if (assessmentIds.length === 0) return out;
  const byAssessment = (table: 'breakout_groups' | 'finding_outcomes' | 'candidate_activities' | 'rating_rounds') =>
    db.selectFrom(table).select('assessment_id').where('assessment_id', 'in', assessmentIds).execute();
  const [groups, findings, candidates, rounds, adopted, updates, measurements, docs] = await Promise.all([
    byAssessment('breakout_groups'),
    byAssessment('finding_outcomes'),
    byAssessment('candidate_activities'),
    byAssessment('rating_rounds'),
    db
      .selectFrom('plan_submissions')
      .select('assessment_id')
      .where('assessment_id', 'in', assessmentIds)
      .where('status', '=', 'adopted')
      .execute(),
    db.selectFrom('progress_updates').select('assessment_id').where('assessment_id', 'in', assessmentIds).execute(),
    db.selectFrom('kpi_measurements').select('assessment_id').where('assessment_id', 'in', assessmentIds).execute(),
    db
      .selectFrom('yjs_documents')
      .select('name')
      .where((eb) => eb.or(assessmentIds.map((id) => eb('name', 'like', `assessment.${id}.factor.%`))))
      .union(
        db
          .selectFrom('yjs_updates')
          .select('doc_name as name')
          .where((eb) => eb.or(assessmentIds.map((id) => eb('doc_name', 'like', `assessment.${id}.factor.%`)))),
      )
      .execute(),
  ]);
  const answers = new Map<string, number>();
  for (const d of docs) {
    const id = d.name.split('.')[1] ?? '';
    answers.set(id, (answers.get(id) ?? 0) + 1);
  }
  const [g, f, c, r, a, u, k] = [groups, findings, candidates, rounds, adopted, updates, measurements].map(countBy);
  for (const id of assessmentIds) {
    const facts: TStageFacts = {
      answersWritten: answers.get(id) ?? 0,
      groups: g!.get(id) ?? 0,
      findings: f!.get(id) ?? 0,
      candidateActivities: c!.get(id) ?? 0,
      ratingRounds: r!.get(id) ?? 0,
      planAdopted: (a!.get(id) ?? 0) > 0,
      monitoringEntries: (u!.get(id) ?? 0) + (k!.get(id) ?? 0),
    };
    out.set(id, workshopStage(facts));
  }
  return out;
}

type TNextSession = { id: string; title: string; startsAt: string; meetingUrl: string | null };

/** The first session of each assessment that has not ended yet, as of `now`, with its meeting link if it has one. */
export async function nextSessions(
  db: TDb,
  assessmentIds: string[],
  now: Date = new Date(),
): Promise<Map<string, TNextSession>> {
  const out = new Map<string, TNextSession>();
  for (const id of assessmentIds) {
    const next = (await listSessions(db, id)).find((s) => new Date(s.endsAt) > now);
    if (next) out.set(id, { id: next.id, title: next.title, startsAt: next.startsAt, meetingUrl: next.meetingUrl });
  }
  return out;
}
