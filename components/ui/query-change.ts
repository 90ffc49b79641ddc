'use client';

import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Lays a change (a live event, or what this client just wrote) over a query's data at once. A read
 * on its way may have been answered before the change: it is then read again, rather than let its
 * answer drop the change.
 */
export function applyChange<T>(client: QueryClient, queryKey: QueryKey, update: (cur: T) => T): void {
  client.setQueryData<T>(queryKey, (cur) => (cur === undefined ? cur : update(cur)));
  if (client.isFetching({ queryKey }) > 0) void client.invalidateQueries({ queryKey });
}
