import { authedRoute, parseQuery } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TAreaChangesResponse, ZChangesQuerySchema } from '@/lib/contracts/history';
import { areaChanges } from '@/lib/services/history/catch-up';

/** Which answers and evaluations of an area others changed since `?since=` (default: my last visit), by whom. */
export const GET = authedRoute<{ id: string; areaId: string }>(async ({ req, params, user }) => {
  const { since } = parseQuery(req, ZChangesQuerySchema);
  return (await areaChanges(getDb(), params.id, user, params.areaId, since)) satisfies TAreaChangesResponse;
});
