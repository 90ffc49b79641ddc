import 'server-only';
import type { TDb } from '../../db/client';
import { can } from '../../domain/access/permissions';
import { isFacilitator } from '../../domain/access/roles';
import { type TWorkshopStage, type TWorkshopStep, workshopStep } from '../../domain/assessments/workshop-stage';
import { areaLabel } from '../../idg/checklist';
import { assessmentSteps } from '../../idg/process';
import type { TMyWorkshopResponse } from '../../contracts/assessments';
import type { TMembership } from '../access/membership';
import type { TAreaNamer } from '../checklist/guide-names';
import { checklistProgress } from '../workshop/dashboard';
import { editableAreas, groupAreasOf } from '../workshop/area-allocation';
import { listStepActivities } from './step-activities';
import { nextSessions, workshopStages } from './workshop-status';
import { voterKey } from '../priorities/priorities-rounds';

type TMyTask = TMyWorkshopResponse['tasks'][number];
type TAttention = TMyWorkshopResponse['attention'][number];
const OPEN_ACTIVITY = new Set(['to-do', 'in-progress']);

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

/** The step within the stage, from the Annex 4 tracking and the action plan's records. */
async function currentStep(db: TDb, assessmentId: string, stage: TWorkshopStage): Promise<TWorkshopStep | null> {
  const count = async (table: 'kpi_sheets' | 'plan_consultations' | 'plan_submissions') =>
    (await db.selectFrom(table).select('assessment_id').where('assessment_id', '=', assessmentId).execute()).length;
  const [tracking, kpiSheets, consultations, submissions] = await Promise.all([
    listStepActivities(db, assessmentId),
    count('kpi_sheets'),
    count('plan_consultations'),
    count('plan_submissions'),
  ]);
  const openAnnexSteps = assessmentSteps
    .filter((s) => s.activities.some((a) => OPEN_ACTIVITY.has(tracking.get(a.code)?.status ?? 'to-do')))
    .map((s) => s.step);
  return workshopStep(stage, { openAnnexSteps, kpiSheets, consultations, planSubmitted: submissions > 0 });
}

/**
 * Comments that mention the member and that they have not answered since on the same question: a
 * reply of theirs is taken as having seen it.
 */
async function openMentions(db: TDb, me: TMembership, areaLabels: Map<string, string>): Promise<TMyTask[]> {
  const rows = await db
    .selectFrom('comments')
    .innerJoin('users', 'users.id', 'comments.author_id')
    .select(['comments.question_key', 'comments.author_id', 'comments.mentions', 'comments.created_at', 'users.name'])
    .where('comments.assessment_id', '=', me.assessmentId)
    .where((eb) =>
      eb.or([eb('comments.mentions', 'like', `%"${me.userId}"%`), eb('comments.author_id', '=', me.userId)]),
    )
    .orderBy('comments.created_at')
    .execute();
  const lastReply = new Map<string, string>();
  for (const r of rows) if (r.author_id === me.userId) lastReply.set(r.question_key, r.created_at);
  const open = new Map<string, { by: string }>();
  for (const r of rows) {
    if (r.author_id === me.userId || !(JSON.parse(r.mentions) as string[]).includes(me.userId)) continue;
    if ((lastReply.get(r.question_key) ?? '') >= r.created_at) continue;
    open.set(r.question_key, { by: r.name });
  }
  return [...open].flatMap(([key, { by }]) => {
    const dot = key.indexOf('.');
    const areaId = key.slice(0, dot);
    const area = areaLabels.get(areaId);
    if (!area) return [];
    const link = `/assessments/${me.assessmentId}/checklist/${areaId}#q-${key}`;
    return [{ kind: 'mention' as const, link, area, question: key.slice(dot + 1), by, count: 1 }];
  });
}

/** The questions assigned to the member, soonest due first, with who assigned them. */
async function myAssignments(db: TDb, me: TMembership, areaLabels: Map<string, string>): Promise<TMyTask[]> {
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('users', 'users.id', 'assignments.assigned_by')
    .select(['assignments.question_key', 'assignments.due_date', 'users.name'])
    .where('assignments.assessment_id', '=', me.assessmentId)
    .where('assignments.assignee_id', '=', me.userId)
    .orderBy('assignments.due_date')
    .orderBy('assignments.question_key')
    .execute();
  return rows.flatMap((r) => {
    const dot = r.question_key.indexOf('.');
    const areaId = r.question_key.slice(0, dot);
    const area = areaLabels.get(areaId);
    if (!area) return [];
    const link = `/assessments/${me.assessmentId}/checklist/${areaId}#q-${r.question_key}`;
    const question = r.question_key.slice(dot + 1);
    return [{ kind: 'assigned' as const, link, area, question, by: r.name, count: 1, due: r.due_date }];
  });
}

/** For facilitators: areas no group was given, overdue Annex 4 activities, open rounds, a plan awaiting approval. */
async function facilitatorAttention(
  db: TDb,
  assessmentId: string,
  areasInScope: string[],
  now: Date,
): Promise<TAttention[]> {
  const base = `/assessments/${assessmentId}`;
  const [groups, allocated, tracking, rounds, pending] = await Promise.all([
    db.selectFrom('breakout_groups').select('id').where('assessment_id', '=', assessmentId).execute(),
    db.selectFrom('group_areas').select('area_id').where('assessment_id', '=', assessmentId).execute(),
    listStepActivities(db, assessmentId),
    db
      .selectFrom('rating_rounds')
      .select('id')
      .where('assessment_id', '=', assessmentId)
      .where('status', '=', 'open')
      .execute(),
    db
      .selectFrom('plan_submissions')
      .select('id')
      .where('assessment_id', '=', assessmentId)
      .where('status', '=', 'pending')
      .execute(),
  ]);
  const given = new Set(allocated.map((r) => r.area_id));
  const unallocated = groups.length === 0 ? 0 : areasInScope.filter((a) => !given.has(a)).length;
  const today = now.toISOString().slice(0, 10);
  const overdue = [...tracking.values()].filter(
    (a) => OPEN_ACTIVITY.has(a.status) && a.dueDate !== null && a.dueDate < today,
  ).length;
  const items: TAttention[] = [
    { kind: 'unallocated-areas', count: unallocated, link: `${base}/groups` },
    { kind: 'overdue-activities', count: overdue, link: `${base}#annex-4` },
    { kind: 'open-rounds', count: rounds.length, link: `${base}/priorities` },
    { kind: 'pending-approval', count: pending.length, link: `${base}/plan` },
  ];
  return items.filter((i) => i.count > 0);
}

/**
 * What one member needs to know on arriving: the stage and step the workshop is at, their group,
 * the areas they work on with progress, the next session and what waits for them. Areas are the
 * group's when they are in one, otherwise those they may answer; an observer has none. Areas, in
 * the list and in tasks, are named by `name` (the member's language; lib/idg's English by default).
 */
export async function myWorkshop(
  db: TDb,
  me: TMembership,
  now: Date = new Date(),
  name: TAreaNamer = areaLabel,
): Promise<TMyWorkshopResponse> {
  const base = `/assessments/${me.assessmentId}`;
  const group = await db
    .selectFrom('group_members')
    .innerJoin('breakout_groups', 'breakout_groups.id', 'group_members.group_id')
    .select(['breakout_groups.id', 'breakout_groups.name'])
    .where('group_members.assessment_id', '=', me.assessmentId)
    .where('group_members.user_id', '=', me.userId)
    .executeTakeFirst();
  const [editable, mine, progress, next, unrated, approve, stages, anyGroup] = await Promise.all([
    editableAreas(db, me.assessmentId, me.userId),
    group ? groupAreasOf(db, me.assessmentId, me.userId) : Promise.resolve(null),
    checklistProgress(db, me.assessmentId, undefined, name),
    nextSessions(db, [me.assessmentId], now),
    unratedRounds(db, me),
    awaitingMyApproval(db, me),
    workshopStages(db, [me.assessmentId]),
    db
      .selectFrom('breakout_groups')
      .select('id')
      .where('assessment_id', '=', me.assessmentId)
      .limit(1)
      .executeTakeFirst(),
  ]);
  const stage = stages.get(me.assessmentId) ?? 'prepare';
  const areaLabels = new Map(progress.map((p) => [p.areaId, p.label]));
  const [step, mentions, assigned, attention] = await Promise.all([
    currentStep(db, me.assessmentId, stage),
    openMentions(db, me, areaLabels),
    myAssignments(db, me, areaLabels),
    isFacilitator(me.role)
      ? facilitatorAttention(
          db,
          me.assessmentId,
          progress.map((p) => p.areaId),
          now,
        )
      : Promise.resolve([]),
  ]);
  const areaIds = mine ?? editable;
  const areas = progress
    .filter((p) => areaIds.has(p.areaId))
    .map((p) => ({ id: p.areaId, label: p.label, answered: p.answered, total: p.total }));
  const task = (kind: TMyTask['kind'], link: string, count = 1, area: string | null = null): TMyTask => ({
    kind,
    link,
    area,
    question: null,
    by: null,
    count,
  });
  // Once the workshop works in groups, answering is asked of the groups' members: a facilitator
  // outside them may still write answers, but is not asked to.
  const asked = anyGroup && !group ? [] : areas.filter((a) => editable.has(a.id) && a.answered < a.total);
  const tasks: TMyTask[] = [
    ...assigned,
    ...mentions,
    ...(unrated > 0 ? [task('rate', `${base}/priorities`, unrated)] : []),
    ...(approve ? [task('approve', `${base}/plan`)] : []),
    ...asked.map((a) => task('answer', `${base}/checklist/${a.id}`, a.total - a.answered, a.label)),
  ];
  const session = next.get(me.assessmentId);
  return {
    role: me.role,
    stage,
    step,
    group: group ? { id: group.id, name: group.name } : null,
    areas,
    nextSession: session ?? null,
    tasks,
    attention,
  };
}
