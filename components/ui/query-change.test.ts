import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyChange } from './query-change';
import { isRetryable, QueryError } from './query-fetch';

type TList = string[];
const key = ['assessment', 'a1', 'discussion', 'transparency'];

/** A read whose answer the test gives when it wants, as a slow network would. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A query shown on a page (one observer), reading the server's list through `read`. */
function shownQuery(read: () => Promise<TList>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const observer = new QueryObserver<TList>(client, { queryKey: key, queryFn: read });
  const unsubscribe = observer.subscribe(() => undefined);
  return { client, observer, unsubscribe };
}

const settled = (observer: QueryObserver<TList>) =>
  new Promise<TList>((resolve) => {
    const check = () => {
      const r = observer.getCurrentResult();
      if (r.fetchStatus === 'idle' && r.data) resolve(r.data);
      else setTimeout(check, 5);
    };
    check();
  });

describe('applyChange', () => {
  it('keeps a live change that arrives while a read answered before it is on its way', async () => {
    const server: TList = ['old'];
    const first = deferred<TList>();
    let reads = 0;
    const { client, observer, unsubscribe } = shownQuery(() => {
      reads += 1;
      return reads === 1 ? first.promise : Promise.resolve([...server]);
    });
    // The first read was answered by the server before the new comment was written...
    server.push('new');
    applyChange<TList>(client, key, (cur) => [...cur, 'new']);
    // ...and its answer arrives after the live event.
    first.resolve(['old']);
    expect(await settled(observer)).toEqual(['old', 'new']);
    expect(reads).toBe(2);
    unsubscribe();
  });

  it('lays a change over settled data without reading again', async () => {
    let reads = 0;
    const { client, observer, unsubscribe } = shownQuery(() => {
      reads += 1;
      return Promise.resolve(['old']);
    });
    await settled(observer);
    applyChange<TList>(client, key, (cur) => [...cur, 'new']);
    expect(client.getQueryData(key)).toEqual(['old', 'new']);
    expect(reads).toBe(1);
    unsubscribe();
  });
});

describe('isRetryable', () => {
  it('tries again after a network failure or a server error, never after a refusal', () => {
    expect(isRetryable(new QueryError('offline', 0))).toBe(true);
    expect(isRetryable(new QueryError('down', 503))).toBe(true);
    expect(isRetryable(new QueryError('not yours', 404))).toBe(false);
    expect(isRetryable(new QueryError('refused', 403))).toBe(false);
    expect(isRetryable(new Error('a bug'))).toBe(false);
  });
});
