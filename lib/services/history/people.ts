import type { TVersion } from '../../contracts/history';
import type { TPerson } from '../../contracts/shared';
import type { TDb } from '../../db/client';

/** The people behind user ids (members or former members), by id. */
export async function peopleByIds(db: TDb, ids: Iterable<string | null | undefined>): Promise<Map<string, TPerson>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }]));
}

/** A version row as the client reads it. */
export function versionOf(
  row: { id: number | string; created_at: string; authors: string; restored_from: number | string | null },
  people: ReadonlyMap<string, TPerson>,
): TVersion {
  return {
    id: Number(row.id),
    createdAt: row.created_at,
    authors: (JSON.parse(row.authors) as string[]).flatMap((id) => people.get(id) ?? []),
    restoredFrom: row.restored_from === null ? null : Number(row.restored_from),
  };
}
