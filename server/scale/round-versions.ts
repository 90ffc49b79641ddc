import { Redis } from 'ioredis';
import type { TScaleLogger } from './redis';
import { registerRedisCheck } from './status';

/**
 * The count of accepted votes per voting round: the `version` a vote's ack and every tally carry,
 * so that a client can tell whether a tally already holds its vote (and drop an older tally that
 * arrives late). On one instance a map in memory; on several (REDIS_URL) one counter in Redis, so
 * that tallies sent by different instances are ordered by one count, not one per instance.
 */
export type TRoundVersions = {
  /** Counts one more accepted vote in the round (after it is committed); resolves to the new count. */
  bump: (roundId: string) => Promise<number>;
  /** The count of votes accepted so far (read before a tally, so every vote it counts is in it). */
  current: (roundId: string) => Promise<number>;
  close: () => Promise<void>;
};

/** Versions for a single instance. */
export function memoryRoundVersions(): TRoundVersions {
  const versions = new Map<string, number>();
  return {
    bump: (roundId) => {
      const v = (versions.get(roundId) ?? 0) + 1;
      versions.set(roundId, v);
      return Promise.resolve(v);
    },
    current: (roundId) => Promise.resolve(versions.get(roundId) ?? 0),
    close: () => Promise.resolve(),
  };
}

// A round lasts a workshop session; its counter outlives it by far, then goes.
const KEEP_MS = 7 * 24 * 3600 * 1000;

/**
 * Versions shared by every instance through Redis: INCR per accepted vote, GET before a tally.
 * While Redis is unreachable a command fails at once (no offline queue, so a vote's ack never
 * hangs) and the count goes on in memory from the highest value this instance has seen: the
 * order between instances is lost for that while, the votes are not (they are in the database).
 */
export function redisRoundVersions(url: string, logger: TScaleLogger, opts: { prefix?: string } = {}): TRoundVersions {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt: number) => Math.min(50 * attempt, 1000),
  });
  redis.on('error', (err: Error) => logger.warn('redis-error', { role: 'round-versions', error: err.message }));
  const unregister = registerRedisCheck(() => redis.status === 'ready');
  // Votes right after start wait up to a second for the connection, once; after that none waits.
  const firstConnect = new Promise<void>((resolve) => {
    redis.once('ready', resolve);
    setTimeout(resolve, 1000).unref();
  });
  const ready = async (): Promise<void> => {
    if (redis.status !== 'ready') await firstConnect;
  };
  const key = (roundId: string): string => `${opts.prefix ?? 'idg:'}round-version:${roundId}`;
  const seen = new Map<string, number>();
  const note = (roundId: string, v: number): number => {
    seen.set(roundId, Math.max(seen.get(roundId) ?? 0, v));
    return v;
  };
  const fallback = (roundId: string, err: unknown, bump: boolean): number => {
    logger.warn('round-version-fallback', { roundId, error: err instanceof Error ? err.message : String(err) });
    return note(roundId, (seen.get(roundId) ?? 0) + (bump ? 1 : 0));
  };
  return {
    bump: async (roundId) => {
      try {
        await ready();
        const [[incrErr, v] = [null, null]] =
          (await redis.multi().incr(key(roundId)).pexpire(key(roundId), KEEP_MS).exec()) ?? [];
        if (incrErr) throw incrErr;
        return note(roundId, Number(v));
      } catch (err) {
        return fallback(roundId, err, true);
      }
    },
    current: async (roundId) => {
      try {
        await ready();
        return note(roundId, Number((await redis.get(key(roundId))) ?? 0));
      } catch (err) {
        return fallback(roundId, err, false);
      }
    },
    close: async () => {
      unregister();
      await redis.quit().catch(() => undefined);
      redis.disconnect();
    },
  };
}
