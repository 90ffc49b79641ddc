// No 'server-only' guard: the live room (server/live) reads the running agenda item through this
// for everyone's live strip; the whole run of show (run-of-show.ts) also reads group progress.
import type { TDb } from '../../db/client';
import type { TAgendaNow, TRunOfShow, TWorkshopSession } from '../../contracts/sessions';
import { itemPath, nextIndex, timings } from '../../domain/workshop/run-of-show';
import { sessionPhase } from '../../domain/workshop/session-phase';
import { parseRunState } from './run-state';
import { listSessions } from './sessions';

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

/** The current or next session of an assessment run item by item, or null when none is left. */
export async function sessionRun(db: TDb, assessmentId: string, now: Date): Promise<TRunOfShow['session']> {
  const [sessions, runStates] = await Promise.all([
    listSessions(db, assessmentId),
    db.selectFrom('workshop_sessions').select(['id', 'run_state']).where('assessment_id', '=', assessmentId).execute(),
  ]);
  const stateOf = new Map(runStates.map((r) => [r.id, r.run_state]));
  const session = pickSession(
    sessions.map((s) => ({ ...s, runState: stateOf.get(s.id) ?? null })),
    now,
  );
  if (!session) return null;

  const run = parseRunState(session.runState, session.agenda.length);
  const clock = timings(session.agenda, session, run, now);
  const ownerIds = [...new Set(session.agenda.flatMap((i) => i.ownerId ?? []))];
  const owners = ownerIds.length
    ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ownerIds).execute()
    : [];
  const ownerOf = new Map(owners.map((o) => [o.id, o]));
  return {
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
  };
}

/**
 * The agenda item running now, for everyone's live strip: its title, when it is now expected to
 * end, and how late the session runs. Cheap beside the whole run of show (no group's progress).
 */
export async function currentAgendaItem(
  db: TDb,
  assessmentId: string,
  now: Date = new Date(),
): Promise<TAgendaNow | null> {
  const session = await sessionRun(db, assessmentId, now);
  const item = session && session.currentIndex !== null ? session.items[session.currentIndex] : undefined;
  return item ? { title: item.title, endsAt: item.expectedEndsAt, lateMinutes: session!.lateMinutes } : null;
}
