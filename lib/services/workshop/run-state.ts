import { z } from 'zod';
import type { TDb } from '../../db/client';
import { isPostgres } from '../../db/portable';
import { DomainError } from '../../domain/shared/errors';
import {
  RUN_STATUSES,
  type TRunState,
  endItem,
  extendItem,
  fitRun,
  nextIndex,
  startItem,
} from '../../domain/workshop/run-of-show';
import type { TAgendaItem } from '../../domain/workshop/sessions';
import { audit } from '../shared/audit';

// The stored run of a session (workshop_sessions.run_state). Read and written in one transaction,
// the row locked on PostgreSQL, so two facilitators pressing at once never lose a step.

const ZRunStateSchema = z.object({
  currentIndex: z.number().int().nonnegative().nullable(),
  startedAt: z.string().nullable(),
  extendedMinutes: z.number().int().nonnegative(),
  statuses: z.array(z.enum(RUN_STATUSES)),
});

/** The stored run of a session fitted to its agenda; a missing or unreadable one is a run not started. */
export function parseRunState(text: string | null, items: number): TRunState {
  if (text === null) return fitRun(null, items);
  try {
    const parsed = ZRunStateSchema.safeParse(JSON.parse(text));
    return fitRun(parsed.success ? parsed.data : null, items);
  } catch {
    return fitRun(null, items);
  }
}

/** What a step of the run did: the session's agenda, the item it concerns, the run before and after. */
export type TRunStep = {
  sessionId: string;
  agenda: TAgendaItem[];
  index: number;
  item: TAgendaItem;
  before: TRunState;
  after: TRunState;
};

type TRunChange = { action: 'start'; index: number } | { action: 'extend'; minutes: number } | { action: 'end' };

/**
 * Starts an item, extends the current one or ends it, in a session of the assessment; the caller
 * has checked that the actor may run the session. Refuses an item that does not exist, and
 * extending or ending when nothing runs.
 */
export async function changeRun(
  db: TDb,
  assessmentId: string,
  sessionId: string,
  actorId: string,
  change: TRunChange,
  now: Date = new Date(),
): Promise<TRunStep> {
  const step = await db.transaction().execute(async (trx) => {
    const base = trx
      .selectFrom('workshop_sessions')
      .select(['agenda', 'run_state'])
      .where('id', '=', sessionId)
      .where('assessment_id', '=', assessmentId);
    const row = await (isPostgres(db) ? base.forUpdate() : base).executeTakeFirst();
    if (!row) throw new DomainError('sessions.not_found');
    const agenda = JSON.parse(row.agenda) as TAgendaItem[];
    const before = parseRunState(row.run_state, agenda.length);
    let after: TRunState;
    let index: number;
    if (change.action === 'start') {
      if (change.index >= agenda.length) throw new DomainError('live.no_such_item');
      index = change.index;
      after = startItem(before, index, now);
    } else {
      if (before.currentIndex === null) throw new DomainError('live.no_running_item');
      index = before.currentIndex;
      after = change.action === 'extend' ? extendItem(before, change.minutes) : endItem(before);
    }
    await trx
      .updateTable('workshop_sessions')
      .set({ run_state: JSON.stringify(after) })
      .where('id', '=', sessionId)
      .execute();
    return { sessionId, agenda, index, item: agenda[index]!, before, after };
  });
  await audit(db, {
    assessmentId,
    actorId,
    action: `session.run.${change.action}`,
    detail: { sessionId, index: step.index, ...(change.action === 'extend' ? { minutes: change.minutes } : {}) },
  });
  return step;
}

/** The item that comes after the current one (or the last one done) in a run, if any. */
export function itemAfter(step: Pick<TRunStep, 'agenda' | 'after'>): TAgendaItem | undefined {
  const next = nextIndex(step.after);
  return next === null ? undefined : step.agenda[next];
}
