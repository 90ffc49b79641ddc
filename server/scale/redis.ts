import { Redis } from 'ioredis';

/** A publishing and a subscribing connection to one Redis (a subscribed connection can do nothing else). */
export type TRedisPair = {
  pub: Redis;
  sub: Redis;
  /** Whether both connections are up right now. */
  connected: () => boolean;
  /** Calls `fn` whenever a connection comes (back) up after the first time: what was published meanwhile is lost. */
  onReconnect: (fn: () => void) => void;
  quit: () => Promise<void>;
};

export type TScaleLogger = {
  info: (event: string, fields?: Record<string, string | number>) => void;
  warn: (event: string, fields?: Record<string, string | number>) => void;
};

/** Opens the two connections; they retry forever, so an instance rides out a Redis restart. */
export function openRedisPair(url: string, logger: TScaleLogger): TRedisPair {
  // Never give up on a command: a publish made while Redis is down is sent once it is back.
  const opts = { maxRetriesPerRequest: null, retryStrategy: (attempt: number) => Math.min(50 * attempt, 1000) };
  const pub = new Redis(url, opts);
  const sub = new Redis(url, opts);
  const listeners: (() => void)[] = [];
  for (const [role, client] of [
    ['pub', pub],
    ['sub', sub],
  ] as const) {
    let wasReady = false;
    client.on('ready', () => {
      if (wasReady) {
        logger.info('redis-reconnected', { role });
        for (const fn of listeners) fn();
      }
      wasReady = true;
    });
    client.on('end', () => logger.info('redis-ended', { role }));
    // ioredis reconnects by itself; without a listener an error would crash the process.
    client.on('error', (err: Error) => logger.warn('redis-error', { role, error: err.message }));
  }
  return {
    pub,
    sub,
    connected: () => pub.status === 'ready' && sub.status === 'ready',
    onReconnect: (fn) => void listeners.push(fn),
    quit: async () => {
      await Promise.allSettled([pub.quit(), sub.quit()]);
      pub.disconnect();
      sub.disconnect();
    },
  };
}
