import 'server-only';
import { formatDocName } from '../../collab/doc-names';
import { FINDING_KINDS, readFindings } from '../../collab/findings-layout';
import type { TDb } from '../../db/client';
import { breakoutPath } from '../../domain/workshop/live-paths';
import { itemPath, nextIndex, timings } from '../../domain/workshop/run-of-show';
import { sessionPhase } from '../../domain/workshop/sessions';
import type { TRunGroup, TRunOfShow } from '../../contracts/workshop';
import { eachPersistedDoc } from '../../collab/persisted-doc';
import { readAssessmentChecklist } from '../checklist/assessment-checklist';
import { checklistProgress } from './dashboard';
import { groupsOverview } from './group-overview';
import { readLiveState } from './live-state';
import { parseRunState } from './run-state';
import { listSessions } from './sessions';
import type { TWorkshopSession } from '../../contracts/workshop';

/**
 * The session the run of show is about: the one with an item running, else the one running now,
 * else the next to come, else the last one held.
 */
function pickSession(
  sessions: readonly (TWorkshopSession & { runState: string | null })[],
  now: Date,
): (TWorkshopSession & { runState: string | null }) | undefined {
  return (
    sessions.find((s) => parseRunState(s.runState, s.agenda.length).currentIndex !== null) ??
    sessions.find((s) => sessionPhase(s, now) === 'running') ??
    sessions.find((s) => sessionPhase(s, now) === 'upcoming') ??
    sessions.at(-1)
  );
}

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
  const [sessions, runStates, live] = await Promise.all([
    listSessions(db, assessmentId),
    db.selectFrom('workshop_sessions').select(['id', 'run_state']).where('assessment_id', '=', assessmentId).execute(),
    readLiveState(db, assessmentId),
  ]);
  const stateOf = new Map(runStates.map((r) => [r.id, r.run_state]));
  const session = pickSession(
    sessions.map((s) => ({ ...s, runState: stateOf.get(s.id) ?? null })),
    now,
  );
  const groups = await groupsWithProgress(db, assessmentId, (memberIds, areaIds) =>
    live.breakoutActive
      ? breakoutPath(assessmentId, [{ memberIds, areaIds }], memberIds[0] ?? '')
      : (live.follow?.path ?? null),
  );
  if (!session) return { session: null, groups, computedAt: now.toISOString() };

  const run = parseRunState(session.runState, session.agenda.length);
  const clock = timings(session.agenda, session, run, now);
  const ownerIds = [...new Set(session.agenda.flatMap((i) => i.ownerId ?? []))];
  const owners = ownerIds.length
    ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ownerIds).execute()
    : [];
  const ownerOf = new Map(owners.map((o) => [o.id, o]));
  return {
    session: {
      id: session.id,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      durationMinutes: session.durationMinutes,
      items: session.agenda.map((item, index) => {
        const t = clock.items[index]!;
        const owner = item.ownerId ? ownerOf.get(item.ownerId) : undefined;
        return {
          ...item,
          index,
          kind: item.kind ?? 'plenary',
          status: run.statuses[index]!,
          startsAt: t.plannedStart,
          durationMinutes: t.durationMinutes,
          endsAt: t.plannedEnd,
          expectedStartsAt: t.expectedStart,
          expectedEndsAt: t.expectedEnd,
          path: itemPath(assessmentId, item),
          owner: owner ? { id: owner.id, name: owner.name } : null,
        };
      }),
      currentIndex: run.currentIndex,
      nextIndex: nextIndex(run),
      currentStartedAt: run.startedAt,
      extendedMinutes: run.extendedMinutes,
      lateMinutes: clock.lateMinutes,
    },
    groups,
    computedAt: now.toISOString(),
  };
}
