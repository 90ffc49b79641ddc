/** One connection in the live room, as its socket describes it. */
export type TPresenceEntry = {
  userId: string;
  name: string;
  path: string | null;
  areaId: string | null;
  /** The member's breakout group when they joined, if any. */
  groupId: string | null;
  /** Their profile's time zone, so others can see what time it is for them. */
  timeZone: string | null;
  /** Whether this tab follows the current follow-me leader. */
  following: boolean;
  since: number;
};
/** One person online in an assessment, where they are, their group, their zone and whether they follow. */
export type TPresence = Omit<TPresenceEntry, 'since'>;

/** Who is online, once per person however many tabs they have open (their latest whereabouts win), by name. */
export function mergePresence(entries: readonly TPresenceEntry[]): TPresence[] {
  const byUser = new Map<string, TPresenceEntry>();
  for (const e of entries) {
    const cur = byUser.get(e.userId);
    if (!cur || e.since > cur.since) byUser.set(e.userId, e);
  }
  return [...byUser.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
    .map(({ since: _since, ...p }) => p);
}

/** Who follows a leader now: everyone online but the leader who says they follow. */
export function followersOf(presence: readonly TPresence[], leaderId: string): TPresence[] {
  return presence.filter((p) => p.userId !== leaderId && p.following);
}
