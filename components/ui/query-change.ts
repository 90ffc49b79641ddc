'use client';

import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Lays a change (a live event, or what this client just wrote) over a query's data at once. A read
 * on its way may have been answered before the change, and would drop it when it lands: it is
 * cancelled (the cache keeps the data with the change) and done again.
 */
export function applyChange<T>(client: QueryClient, queryKey: QueryKey, update: (cur: T) => T): void {
  client.setQueryData<T>(queryKey, (cur) => (cur === undefined ? cur : update(cur)));
  if (client.isFetching({ queryKey }) === 0) return;
  // Both take effect at once: the cancelled read reverts to the data set above, then a new one starts.
  void client.cancelQueries({ queryKey });
  void client.invalidateQueries({ queryKey });
}
