import 'server-only';
import { formatDocName } from '../../collab/doc-names';
import { readPlan, readPlanCommunication } from '../../collab/plan-layout';
import type { TDb } from '../../db/client';
import { planActivities, type TPlanDraft } from '../../domain/plan/plan-tree';
import type { TActivityContext, TPlanSnapshot } from '../../domain/plan/plan-snapshot';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import { listKpiSheets } from './kpi';
import type { TAgreedActivity, TQuestionUse } from '../../contracts/plan';

/** What the plan's document holds besides its history: the draft tree and the communication strategy. */
type TPlanContent = { draft: TPlanDraft; communication: string };

/** The plan as persisted by the sync server (at most about a second behind the live document). */
async function readPlanContent(db: TDb, assessmentId: string): Promise<TPlanContent> {
  const doc = await loadPersistedDoc(db, formatDocName({ kind: 'plan', assessmentId }));
  try {
    return { draft: readPlan(doc), communication: readPlanCommunication(doc) };
  } finally {
    doc.destroy();
  }
}

/** The draft tree as persisted by the sync server. */
export async function readPlanDraft(db: TDb, assessmentId: string): Promise<TPlanDraft> {
  return (await readPlanContent(db, assessmentId)).draft;
}

/** Every activity the group agreed to keep, with its priority and the questions it answers to. */
export async function agreedActivities(db: TDb, assessmentId: string): Promise<TAgreedActivity[]> {
  const rows = await db
    .selectFrom('candidate_activities')
    .select(['id', 'title', 'description', 'agreed_priority'])
    .where('assessment_id', '=', assessmentId)
    .where('status', '=', 'active')
    .where('agreed_priority', 'in', ['high', 'medium', 'low'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const sources = await db
    .selectFrom('activity_sources')
    .select(['activity_id', 'question_key'])
    .where(
      'activity_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const rank = { high: 0, medium: 1, low: 2 } as const;
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      priority: r.agreed_priority as 'high' | 'medium' | 'low',
      sources: sources
        .filter((s) => s.activity_id === r.id)
        .map((s) => s.question_key)
        .sort(),
    }))
    .sort((a, b) => rank[a.priority] - rank[b.priority]);
}

/**
 * The plan with what it refers to resolved: priorities, sources, owners' names, KPI sheets, and its
 * communication strategy. `content` stands for what the document holds, when the caller has it.
 */
export async function planSnapshot(db: TDb, assessmentId: string, content?: TPlanContent): Promise<TPlanSnapshot> {
  const { draft: plan, communication } = content ?? (await readPlanContent(db, assessmentId));
  const [agreed, members, kpiSheets] = await Promise.all([
    agreedActivities(db, assessmentId),
    db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id', 'users.name'])
      .where('memberships.assessment_id', '=', assessmentId)
      .execute(),
    listKpiSheets(db, assessmentId),
  ]);
  const byCandidate = new Map(agreed.map((a) => [a.id, a]));
  const names = new Map(members.map((m) => [m.id, m.name]));
  const context: Record<string, TActivityContext> = {};
  for (const a of planActivities(plan)) {
    const candidate = a.candidateId ? byCandidate.get(a.candidateId) : undefined;
    context[a.id] = {
      priority: candidate?.priority ?? null,
      sources: candidate?.sources ?? [],
      ownerName: a.ownerId ? (names.get(a.ownerId) ?? null) : null,
    };
  }
  const used = new Set(planActivities(plan).flatMap((a) => a.kpiIds));
  return { draft: plan, context, kpiSheets: kpiSheets.filter((s) => used.has(s.id)), communication };
}

/** The plan activities that answer to a checklist question, through the agreed activities placed in the plan. */
export async function whereUsed(db: TDb, assessmentId: string, questionKey: string): Promise<TQuestionUse[]> {
  const [agreed, draft] = await Promise.all([agreedActivities(db, assessmentId), readPlanDraft(db, assessmentId)]);
  const activities = planActivities(draft);
  return agreed
    .filter((c) => c.sources.includes(questionKey))
    .map((c) => ({
      candidateId: c.id,
      title: c.title,
      activities: activities.filter((a) => a.candidateId === c.id).map((a) => ({ number: a.number, title: a.title })),
    }));
}
