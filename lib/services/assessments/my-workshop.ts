import 'server-only';
import type { TDb } from '../../db/client';
import { can } from '../../domain/access/permissions';
import { type TStageFacts, type TWorkshopStage, workshopStage } from '../../domain/assessments/workshop-stage';
import type { TMyWorkshopResponse } from '../../contracts/assessments';
import type { TMembership } from '../access/membership';
import { checklistProgress } from '../workshop/dashboard';
import { editableAreas, groupAreasOf } from '../workshop/groups';
import { listSessions } from '../workshop/sessions';
import { voterKey } from '../priorities/priorities-rounds';

type TMyTask = TMyWorkshopResponse['tasks'][number];

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

/** The first session of each assessment that has not ended yet, as of `now`. */
export async function nextSessions(
  db: TDb,
  assessmentIds: string[],
  now: Date = new Date(),
): Promise<Map<string, { id: string; title: string; startsAt: string }>> {
  const out = new Map<string, { id: string; title: string; startsAt: string }>();
  for (const id of assessmentIds) {
    const next = (await listSessions(db, id)).find((s) => new Date(s.endsAt) > now);
    if (next) out.set(id, { id: next.id, title: next.title, startsAt: next.startsAt });
  }
  return out;
}

async function unratedRounds(db: TDb, me: TMembership): Promise<number> {
  if (!can(me.role, 'vote')) return 0;
  const open = await db
    .selectFrom('rating_rounds')
    .select(['id', 'kind', 'anonymous'])
    .where('assessment_id', '=', me.assessmentId)
    .where('status', '=', 'open')
    .execute();
  let n = 0;
  for (const round of open) {
    const key = voterKey(round, me.userId);
    const table = round.kind === 'dots' ? 'dot_votes' : 'ratings';
    const mine = await db
      .selectFrom(table)
      .select('round_id')
      .where('round_id', '=', round.id)
      .where('voter_key', '=', key)
      .limit(1)
      .executeTakeFirst();
    if (!mine) n += 1;
  }
  return n;
}

async function awaitingMyApproval(db: TDb, me: TMembership): Promise<boolean> {
  if (me.role !== 'SM') return false;
  const row = await db
    .selectFrom('plan_approvals')
    .innerJoin('plan_submissions', 'plan_submissions.id', 'plan_approvals.submission_id')
    .select('plan_submissions.id')
    .where('plan_submissions.assessment_id', '=', me.assessmentId)
    .where('plan_submissions.status', '=', 'pending')
    .where('plan_approvals.approver_id', '=', me.userId)
    .where('plan_approvals.decision', '=', 'pending')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * What one member needs to know on arriving: their group, the areas they work on with progress,
 * the next session and what waits for them. Areas are the group's when they are in one, otherwise
 * those they may answer; an observer has none.
 */
export async function myWorkshop(db: TDb, me: TMembership, now: Date = new Date()): Promise<TMyWorkshopResponse> {
  const base = `/assessments/${me.assessmentId}`;
  const group = await db
    .selectFrom('group_members')
    .innerJoin('breakout_groups', 'breakout_groups.id', 'group_members.group_id')
    .select(['breakout_groups.id', 'breakout_groups.name'])
    .where('group_members.assessment_id', '=', me.assessmentId)
    .where('group_members.user_id', '=', me.userId)
    .executeTakeFirst();
  const [editable, mine, progress, next, unrated, approve] = await Promise.all([
    editableAreas(db, me.assessmentId, me.userId),
    group ? groupAreasOf(db, me.assessmentId, me.userId) : Promise.resolve(null),
    checklistProgress(db, me.assessmentId),
    nextSessions(db, [me.assessmentId], now),
    unratedRounds(db, me),
    awaitingMyApproval(db, me),
  ]);
  const areaIds = mine ?? editable;
  const areas = progress
    .filter((p) => areaIds.has(p.areaId))
    .map((p) => ({ id: p.areaId, label: p.label, answered: p.answered, total: p.total }));
  const tasks: TMyTask[] = [
    ...areas
      .filter((a) => editable.has(a.id) && a.answered < a.total)
      .map((a) => ({ kind: 'answer' as const, link: `${base}/checklist/${a.id}` })),
    ...(unrated > 0 ? [{ kind: 'rate' as const, link: `${base}/priorities` }] : []),
    ...(approve ? [{ kind: 'approve' as const, link: `${base}/plan` }] : []),
  ];
  const session = next.get(me.assessmentId);
  return {
    role: me.role,
    group: group ? { id: group.id, name: group.name } : null,
    areas,
    nextSession: session ? { ...session, meetingUrl: null } : null,
    tasks,
  };
}
