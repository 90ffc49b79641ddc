// The run of show: what each agenda item does when the facilitator starts it, where it takes
// people, and how late the session runs. Pure rules; the service stores the run state and the
// live server carries out what an item does.
import { utcToZonedInputs } from '../time/time-zones';

/** What an agenda item does when started. */
export const AGENDA_KINDS = ['plenary', 'breakout', 'report-back', 'rating', 'break'] as const;
export type TAgendaKind = (typeof AGENDA_KINDS)[number];

/** Where an item stands in a running session. */
export const RUN_STATUSES = ['planned', 'running', 'done'] as const;
export type TRunStatus = (typeof RUN_STATUSES)[number];

/** The parts of an agenda item the run of show reads; items stored before it have none of them. */
export type TRunItem = {
  title: string;
  startsAt?: string;
  durationMinutes?: number;
  kind?: TAgendaKind;
  timerMinutes?: number;
  groupId?: string;
  /** A plenary's page inside the assessment, e.g. `checklist/transparency`; '' or none is its home. */
  page?: string;
};

/** A session's run: which item is current, since when, how much it was extended, and each item's status. */
export type TRunState = {
  currentIndex: number | null;
  startedAt: string | null;
  extendedMinutes: number;
  statuses: TRunStatus[];
};

/** The run of a session nobody has started. */
export function emptyRun(items: number): TRunState {
  return {
    currentIndex: null,
    startedAt: null,
    extendedMinutes: 0,
    statuses: Array<TRunStatus>(items).fill('planned'),
  };
}

/** A stored run fitted to the agenda as it is now (items may have been added or removed since). */
export function fitRun(run: TRunState | null, items: number): TRunState {
  if (!run) return emptyRun(items);
  const statuses = Array.from({ length: items }, (_, i) => run.statuses[i] ?? 'planned');
  const current = run.currentIndex !== null && run.currentIndex < items ? run.currentIndex : null;
  return current === null
    ? {
        currentIndex: null,
        startedAt: null,
        extendedMinutes: 0,
        statuses: statuses.map((s) => (s === 'running' ? 'done' : s)),
      }
    : { ...run, currentIndex: current, statuses };
}

/** Starts item `index`; the item running until then is done. */
export function startItem(run: TRunState, index: number, now: Date): TRunState {
  const statuses = run.statuses.map((s, i): TRunStatus => (i === index ? 'running' : s === 'running' ? 'done' : s));
  return { currentIndex: index, startedAt: now.toISOString(), extendedMinutes: 0, statuses };
}

/** Gives the current item `minutes` more. */
export function extendItem(run: TRunState, minutes: number): TRunState {
  return { ...run, extendedMinutes: run.extendedMinutes + minutes };
}

/** Ends the current item: it is done and nothing runs until the next is started. */
export function endItem(run: TRunState): TRunState {
  return {
    currentIndex: null,
    startedAt: null,
    extendedMinutes: 0,
    statuses: run.statuses.map((s, i) => (i === run.currentIndex ? 'done' : s)),
  };
}

/** The first item still planned after the current one (or after the last done one), or null. */
export function nextIndex(run: TRunState): number | null {
  const from = run.currentIndex ?? run.statuses.lastIndexOf('done');
  for (let i = from + 1; i < run.statuses.length; i++) if (run.statuses[i] === 'planned') return i;
  return null;
}

const DEFAULT_ITEM_MINUTES = 15;

/** One item on the clock: when it was planned, and when it is now expected given how the session runs. */
export type TItemTiming = {
  plannedStart: string;
  plannedEnd: string;
  expectedStart: string;
  expectedEnd: string;
  durationMinutes: number;
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Each item's planned times (its own start, else the end of the one before, from the session's
 * start) and its expected times: the current item ends at its start plus its duration and any
 * extension, or now when it has overrun, and every later item is shifted by as much.
 */
export function timings(
  items: readonly TRunItem[],
  session: { startsAt: string },
  run: TRunState,
  now: Date,
): { items: TItemTiming[]; lateMinutes: number } {
  let cursor = Date.parse(session.startsAt);
  const planned = items.map((item) => {
    const start = item.startsAt ? Date.parse(item.startsAt) : cursor;
    const minutes = item.durationMinutes ?? DEFAULT_ITEM_MINUTES;
    cursor = start + minutes * 60_000;
    return { start, end: cursor, minutes };
  });
  let shift = 0;
  const out = planned.map((p, i) => {
    let expectedStart = p.start + shift;
    let expectedEnd = p.end + shift;
    if (i === run.currentIndex && run.startedAt) {
      expectedStart = Date.parse(run.startedAt);
      expectedEnd = Math.max(expectedStart + (p.minutes + run.extendedMinutes) * 60_000, now.getTime());
      shift = expectedEnd - p.end;
    } else if (run.statuses[i] === 'planned' && run.currentIndex === null && i === nextIndex(run)) {
      // Nothing runs: the next item cannot start before now.
      shift = Math.max(shift, now.getTime() - p.start);
      expectedStart = p.start + shift;
      expectedEnd = p.end + shift;
    }
    return {
      plannedStart: iso(p.start),
      plannedEnd: iso(p.end),
      expectedStart: iso(expectedStart),
      expectedEnd: iso(expectedEnd),
      durationMinutes: p.minutes,
    };
  });
  return { items: out, lateMinutes: Math.max(0, Math.round(shift / 60_000)) };
}

/**
 * The page an item takes everyone to when started, or null when it takes nobody anywhere
 * (breakouts send each member to their own group; a break keeps people where they are).
 */
export function itemPath(assessmentId: string, item: TRunItem): string | null {
  const base = `/assessments/${assessmentId}`;
  switch (item.kind) {
    case 'report-back':
      return item.groupId ? `${base}/report-back?group=${item.groupId}` : `${base}/report-back`;
    case 'rating':
      return `${base}/priorities`;
    case 'plenary':
      return item.page ? `${base}/${item.page}` : base;
    default:
      return null;
  }
}

/** Whether a plenary page is a plain path inside the assessment: segments of safe characters. */
export function isPlenaryPage(page: string): boolean {
  return page.length <= 200 && page.split('/').every((s) => /^[A-Za-z0-9._~-]+$/.test(s) && s !== '.' && s !== '..');
}

/**
 * Where ending breakouts brings everyone back: the page of the next item when it has one, else the
 * assessment's home.
 */
export function plenaryPath(assessmentId: string, next: TRunItem | undefined): string {
  return (next && itemPath(assessmentId, next)) ?? `/assessments/${assessmentId}`;
}

/**
 * Each item's planned clock times in `zone`, as "14:00–14:55", for text that has no zone of its
 * own (a calendar file's description); null when no item carries a time or a length, so that a
 * plain agenda is not given invented times.
 */
export function plannedClockTimes(
  items: readonly TRunItem[],
  session: { startsAt: string },
  zone: string,
): string[] | null {
  if (!items.some((i) => i.startsAt || i.durationMinutes)) return null;
  const clock = timings(items, session, emptyRun(items.length), new Date(session.startsAt));
  const hm = (instant: string) => utcToZonedInputs(instant, zone).time;
  return clock.items.map((t) => `${hm(t.plannedStart)}–${hm(t.plannedEnd)}`);
}
