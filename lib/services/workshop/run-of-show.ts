import 'server-only';
import { formatDocName } from '../../collab/doc-names';
import { FINDING_KINDS, readFindings } from '../../collab/findings-layout';
import type { TDb } from '../../db/client';
import { breakoutPath } from '../../domain/workshop/live-paths';
import type { TRunGroup, TRunOfShow } from '../../contracts/sessions';
import { eachPersistedDoc } from '../../collab/persisted-doc';
import { readAssessmentChecklist } from '../checklist/assessment-checklist';
import { checklistProgress } from './dashboard';
import { groupsOverview } from './group-overview';
import { readLiveState } from './live-state';
import { sessionRun } from './session-run';

/** Each group's progress: its areas' answers and evaluations, and the findings its rapporteur wrote. */
async function groupsWithProgress(
  db: TDb,
  assessmentId: string,
  pageOf: (memberIds: string[], areaIds: string[]) => string | null,
): Promise<TRunGroup[]> {
  const known = await readAssessmentChecklist(db, assessmentId);
  const [overview, progress] = await Promise.all([
    groupsOverview(db, assessmentId, known),
    checklistProgress(db, assessmentId, known.checklist),
  ]);
  const byArea = new Map(progress.map((p) => [p.areaId, p]));
  const findings = await eachPersistedDoc(
    db,
    overview.groups.map((g) => formatDocName({ kind: 'group', assessmentId, groupId: g.id })),
    (doc) => {
      const all = readFindings(doc);
      return FINDING_KINDS.reduce((n, k) => n + all[k].length, 0);
    },
  );
  return overview.groups.map((g, i) => {
    const areas = g.areas.flatMap((a) => byArea.get(a.id) ?? []);
    const memberIds = g.members.map((m) => m.id);
    return {
      id: g.id,
      name: g.name,
      memberIds,
      currentPage: pageOf(
        memberIds,
        g.areas.map((a) => a.id),
      ),
      progress: {
        questions: areas.reduce((n, a) => n + a.total, 0),
        answered: areas.reduce((n, a) => n + a.answered, 0),
        evaluated: areas.reduce((n, a) => n + a.total - a.byStatus.unassessed, 0),
        findings: findings[i] ?? 0,
      },
    };
  });
}

/** The run of show of an assessment now: its current or next session item by item, and each group's work. */
export async function readRunOfShow(db: TDb, assessmentId: string, now: Date = new Date()): Promise<TRunOfShow> {
  const [session, live] = await Promise.all([sessionRun(db, assessmentId, now), readLiveState(db, assessmentId)]);
  const groups = await groupsWithProgress(db, assessmentId, (memberIds, areaIds) =>
    live.breakoutActive
      ? breakoutPath(assessmentId, [{ memberIds, areaIds }], memberIds[0] ?? '')
      : (live.follow?.path ?? null),
  );
  return { session, groups, computedAt: now.toISOString() };
}
