import { z } from 'zod';
import type { TDb } from '../../db/client';
import { isPostgres } from '../../db/portable';
import type { LiveStateTable } from '../../db/schema';
import { orderHands, type TRaisedHand } from '../../domain/workshop/live-hands';
import type { TLiveState } from '../../realtime/live-events';

// The live room's state in the database, so that every instance (and a reload) sees the same
// timer, follow-me target and locks (docs/architecture.md, "Scale-out with Redis").

const ZFollowSchema = z.object({ byUserId: z.string(), path: z.string() });
const ZAnnouncementSchema = z.object({ text: z.string(), at: z.string(), byName: z.string() });
const ZLockedSchema = z.array(z.string());

/** The stored columns a console command may change. */
export type TLiveRowPatch = Partial<Omit<LiveStateTable, 'assessment_id' | 'updated_at'>>;
type TLiveRow = Omit<LiveStateTable, 'assessment_id'>;

const EMPTY_ROW: TLiveRow = {
  breakout_active: 0,
  timer_ends_at: null,
  timer_label: null,
  timer_paused_remaining_ms: null,
  follow: null,
  spotlight_group_id: null,
  locked_areas: '[]',
  announcement: null,
  updated_at: new Date(0).toISOString(),
};

function parseJson<T>(schema: z.ZodType<T>, text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/** The stored follow-me target, or null. */
export function parseFollow(text: string | null): z.infer<typeof ZFollowSchema> | null {
  return parseJson(ZFollowSchema.nullable(), text, null);
}

/** The stored list of locked areas. */
export function parseLocked(text: string): string[] {
  return parseJson(ZLockedSchema, text, []);
}

async function readRow(db: TDb, assessmentId: string): Promise<TLiveRow> {
  const row = await db
    .selectFrom('live_state')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  return row ?? EMPTY_ROW;
}

/**
 * The areas facilitators locked from the live console: the sync server and the API refuse contributors' writes there.
 */
export async function lockedAreas(db: TDb, assessmentId: string): Promise<Set<string>> {
  const row = await db
    .selectFrom('live_state')
    .select('locked_areas')
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  return new Set(row ? parseLocked(row.locked_areas) : []);
}

/** The live room's state as clients receive it, with the names it refers to. */
export async function readLiveState(db: TDb, assessmentId: string): Promise<TLiveState> {
  return toState(db, assessmentId, await readRow(db, assessmentId));
}

async function toState(db: TDb, assessmentId: string, row: TLiveRow): Promise<TLiveState> {
  const follow = parseFollow(row.follow);
  const leader = follow
    ? await db.selectFrom('users').select('name').where('id', '=', follow.byUserId).executeTakeFirst()
    : undefined;
  const group = row.spotlight_group_id
    ? await db
        .selectFrom('breakout_groups')
        .select(['id', 'name'])
        .where('id', '=', row.spotlight_group_id)
        .where('assessment_id', '=', assessmentId)
        .executeTakeFirst()
    : undefined;
  const rapporteur = group
    ? await db
        .selectFrom('group_members')
        .innerJoin('users', 'users.id', 'group_members.user_id')
        .select(['users.id', 'users.name'])
        .where('group_members.group_id', '=', group.id)
        .where('group_members.is_rapporteur', '=', 1)
        .executeTakeFirst()
    : undefined;
  const timer =
    row.timer_label !== null
      ? { label: row.timer_label, endsAt: row.timer_ends_at, pausedRemainingMs: row.timer_paused_remaining_ms }
      : null;
  return {
    breakoutActive: row.breakout_active === 1,
    timer,
    follow: follow && leader ? { ...follow, byName: leader.name } : null,
    // A deleted group ends its spotlight.
    spotlight: group
      ? {
          groupId: group.id,
          groupName: group.name,
          rapporteurId: rapporteur?.id ?? null,
          rapporteurName: rapporteur?.name ?? null,
        }
      : null,
    lockedAreas: parseLocked(row.locked_areas),
    announcement: parseJson(ZAnnouncementSchema.nullable(), row.announcement, null),
    updatedAt: row.updated_at,
  };
}

/**
 * Changes the live state with `change`, which sees the current row: read and write in one
 * transaction, the row locked on PostgreSQL, so that two facilitators' commands never lose one
 * another's change (e.g. two areas locked at once). Returns the new state.
 */
export async function updateLiveState(
  db: TDb,
  assessmentId: string,
  change: (row: TLiveRow) => TLiveRowPatch,
  now: Date = new Date(),
): Promise<TLiveState> {
  const row = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('live_state')
      .values({ ...EMPTY_ROW, assessment_id: assessmentId, updated_at: now.toISOString() })
      .onConflict((oc) => oc.column('assessment_id').doNothing())
      .execute();
    const base = trx.selectFrom('live_state').selectAll().where('assessment_id', '=', assessmentId);
    const current = await (isPostgres(db) ? base.forUpdate() : base).executeTakeFirstOrThrow();
    const next: TLiveRow = { ...current, ...change(current), updated_at: now.toISOString() };
    await trx.updateTable('live_state').set(next).where('assessment_id', '=', assessmentId).execute();
    return next;
  });
  return toState(db, assessmentId, row);
}

/** The queue of raised hands, first raised first. */
export async function listHands(db: TDb, assessmentId: string): Promise<TRaisedHand[]> {
  const rows = await db
    .selectFrom('raised_hands')
    .innerJoin('users', 'users.id', 'raised_hands.user_id')
    .select(['raised_hands.user_id', 'users.name', 'raised_hands.raised_at'])
    .where('raised_hands.assessment_id', '=', assessmentId)
    .execute();
  return orderHands(rows.map((r) => ({ userId: r.user_id, name: r.name, raisedAt: r.raised_at })));
}

/** Raises a member's hand; raising it again keeps their place in the queue. */
export async function raiseHand(db: TDb, assessmentId: string, userId: string, now: Date = new Date()): Promise<void> {
  await db
    .insertInto('raised_hands')
    .values({ assessment_id: assessmentId, user_id: userId, raised_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['assessment_id', 'user_id']).doNothing())
    .execute();
}

/** Lowers one member's hand. */
export async function lowerHand(db: TDb, assessmentId: string, userId: string): Promise<void> {
  await db.deleteFrom('raised_hands').where('assessment_id', '=', assessmentId).where('user_id', '=', userId).execute();
}

/** Lowers every hand of the assessment. */
export async function clearHands(db: TDb, assessmentId: string): Promise<void> {
  await db.deleteFrom('raised_hands').where('assessment_id', '=', assessmentId).execute();
}
