/** One connection in the live room, as its socket describes it. */
export type TPresenceEntry = {
  userId: string;
  name: string;
  path: string | null;
  areaId: string | null;
  since: number;
};
/** One person online in an assessment and where they are. */
export type TPresence = { userId: string; name: string; path: string | null; areaId: string | null };

/** Who is online, once per person however many tabs they have open (their latest whereabouts win), by name. */
export function mergePresence(entries: readonly TPresenceEntry[]): TPresence[] {
  const byUser = new Map<string, TPresenceEntry>();
  for (const e of entries) {
    const cur = byUser.get(e.userId);
    if (!cur || e.since > cur.since) byUser.set(e.userId, e);
  }
  return [...byUser.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
    .map(({ userId, name, path, areaId }) => ({ userId, name, path, areaId }));
}
