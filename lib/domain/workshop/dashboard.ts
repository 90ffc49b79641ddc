import { ANSWER_STATUSES, type TAnswerStatus } from '../../collab/layout';

// The facilitators' dashboard, aggregated from plain facts the service reads out of the
// checklist documents, the groups and the comments; no I/O here.

/** One question as its checklist document holds it. */
export type TQuestionFact = { key: string; hasText: boolean; status: TAnswerStatus | null };
/** One area: its questions and who has a `lastEdit` entry in its document. */
export type TAreaFacts = { areaId: string; label: string; questions: TQuestionFact[]; editorIds: string[] };
/** A breakout group: its areas and members. */
export type TGroupFacts = { id: string; name: string; areaIds: string[]; members: { id: string; name: string }[] };
/** A finding the plenary disputed, with the start of its text. */
export type TDisputedFinding = { groupId: string; findingId: string; kind: string; excerpt: string; decidedAt: string };

/** Counts per evaluation, with `unassessed` for questions without one. */
export type TStatusCounts = Record<TAnswerStatus | 'unassessed', number>;
export type TAreaProgress = { areaId: string; label: string; total: number; answered: number; byStatus: TStatusCounts };
export type TGroupDashboard = {
  id: string;
  name: string;
  areas: TAreaProgress[];
  total: { total: number; answered: number; byStatus: TStatusCounts };
  disputed: TDisputedFinding[];
  /** Members with no `lastEdit` entry in any checklist document and no checklist comment. */
  notYetContributed: { id: string; name: string }[];
};
export type TDashboard = { computedAt: string; groups: TGroupDashboard[]; unallocated: TAreaProgress[] };

function emptyCounts(): TStatusCounts {
  return Object.fromEntries([...ANSWER_STATUSES, 'unassessed'].map((s) => [s, 0])) as TStatusCounts;
}

/** An area's progress: answered means an answer with text AND an evaluation, as on the checklist page. */
export function areaProgress(area: TAreaFacts): TAreaProgress {
  const byStatus = emptyCounts();
  for (const q of area.questions) byStatus[q.status ?? 'unassessed'] += 1;
  return {
    areaId: area.areaId,
    label: area.label,
    total: area.questions.length,
    answered: area.questions.filter((q) => q.hasText && q.status).length,
    byStatus,
  };
}

function sum(areas: readonly TAreaProgress[]): TGroupDashboard['total'] {
  const byStatus = emptyCounts();
  for (const a of areas) for (const s of Object.keys(byStatus) as (keyof TStatusCounts)[]) byStatus[s] += a.byStatus[s];
  return {
    total: areas.reduce((n, a) => n + a.total, 0),
    answered: areas.reduce((n, a) => n + a.answered, 0),
    byStatus,
  };
}

/** The whole dashboard: per group its areas' progress, its disputed findings and its silent members. */
export function buildDashboard(input: {
  groups: readonly TGroupFacts[];
  areas: readonly TAreaFacts[];
  commenterIds: readonly string[];
  disputed: readonly TDisputedFinding[];
  computedAt: string;
}): TDashboard {
  const progress = new Map(input.areas.map((a) => [a.areaId, areaProgress(a)]));
  // Editing any area counts, not only the group's own: someone may have helped elsewhere.
  const contributed = new Set([...input.areas.flatMap((a) => a.editorIds), ...input.commenterIds]);
  const allocated = new Set(input.groups.flatMap((g) => g.areaIds));
  return {
    computedAt: input.computedAt,
    groups: input.groups.map((g) => {
      const areas = g.areaIds.flatMap((id) => progress.get(id) ?? []);
      return {
        id: g.id,
        name: g.name,
        areas,
        total: sum(areas),
        disputed: input.disputed.filter((d) => d.groupId === g.id),
        notYetContributed: g.members.filter((m) => !contributed.has(m.id)),
      };
    }),
    unallocated: input.areas.filter((a) => !allocated.has(a.areaId)).map((a) => progress.get(a.areaId)!),
  };
}
