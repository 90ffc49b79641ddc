import { Redis } from 'ioredis';
import { API_MUTATION_LIMIT, type TRateDecision, type TRateLimit, takeToken } from './rate-limit';
import { env } from '../config/env';
import { logger } from '../log/logger';

// The per-user limit shared by every instance (REDIS_URL): a sliding-window counter in Redis.
// Time is cut into windows of burst / perSecond seconds (3 s for API mutations) and a request is
// allowed while the count of this window plus the previous window's count, weighted by how much
// of it still overlaps the last window-length of time, stays within the burst: the same long-run
// rate and burst as the in-memory token bucket, whichever instance each request lands on.
// rate-limiter-flexible's RateLimiterRedis counts fixed windows only, which let twice the burst
// through across an edge, so the weighted window stays here: three commands in one transaction.

/** Takes one request from `key`'s allowance in Redis; a refused request is not counted. */
export async function takeRedisToken(
  redis: Redis,
  key: string,
  limit: TRateLimit = API_MUTATION_LIMIT,
  now: number = Date.now(),
  prefix = 'idg:',
): Promise<TRateDecision> {
  const windowMs = (limit.burst / limit.perSecond) * 1000;
  const index = Math.floor(now / windowMs);
  const elapsed = (now - index * windowMs) / windowMs;
  const current = `${prefix}rate:${key}:${index}`;
  const results = await redis
    .multi()
    .incr(current)
    .pexpire(current, Math.ceil(2 * windowMs))
    .get(`${prefix}rate:${key}:${index - 1}`)
    .exec();
  if (!results) throw new Error('rate limit transaction aborted');
  for (const [err] of results) if (err) throw err;
  const count = Number(results[0]![1]);
  const previous = Number(results[2]![1] ?? 0);
  if (previous * (1 - elapsed) + count <= limit.burst) return { ok: true };
  await redis.decr(current);
  return { ok: false, retryAfterSeconds: retryAfter(count - 1, previous, elapsed, limit.burst, windowMs) };
}

/**
 * Seconds until one more request fits, given `count` requests already in this window: later in
 * this window if the previous window's weight is what fills it, else some way into the next.
 */
function retryAfter(count: number, previous: number, elapsed: number, burst: number, windowMs: number): number {
  let waitMs: number;
  if (count + 1 <= burst && previous > 0) {
    // previous * (1 - f) + count + 1 <= burst once f reaches this fraction of the window.
    waitMs = (1 - (burst - count - 1) / previous - elapsed) * windowMs;
  } else {
    // In the next window this one is the previous: count * (1 - g) + 1 <= burst.
    waitMs = (1 - elapsed + Math.max(0, 1 - (burst - 1) / count)) * windowMs;
  }
  return Math.max(1, Math.ceil(waitMs / 1000));
}

type THolder = { url: string; redis: Redis; firstConnect: Promise<void> };
// Route handlers are bundled per route, each with its own copy of this module (see docs/pitfalls.md,
// "Sharing state between server/ and route handlers"): one connection per process, on globalThis.
const holder = globalThis as typeof globalThis & { __idgRateRedis?: THolder };

/** This process's connection for the shared limit, or null without REDIS_URL. */
function sharedRedis(): THolder | null {
  const url = env().REDIS_URL;
  if (!url) return null;
  if (holder.__idgRateRedis?.url !== url) {
    // REDIS_URL changed (tests do): the old connection would otherwise stay open for good.
    // A request still using it fails over to the in-memory limit (takeSharedToken catches).
    holder.__idgRateRedis?.redis.quit().catch(() => undefined);
    // No offline queue and one retry: while Redis is down a request must not wait for it.
    const redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      retryStrategy: (attempt: number) => Math.min(50 * attempt, 1000),
    });
    redis.on('error', (err: Error) => logger('rate-limit').error({ error: err.message }, 'redis-error'));
    // The first requests after start wait up to a second for the connection, once; after that
    // a request never waits for Redis.
    const firstConnect = new Promise<void>((resolve) => {
      redis.once('ready', resolve);
      setTimeout(resolve, 1000).unref();
    });
    holder.__idgRateRedis = { url, redis, firstConnect };
  }
  return holder.__idgRateRedis;
}

/**
 * Takes one request from `key`'s allowance: in Redis, shared by every instance, when REDIS_URL is
 * set; in this process's memory otherwise, and also while Redis cannot be reached (each instance
 * then limits on its own, which is still a limit).
 */
export async function takeSharedToken(key: string, limit: TRateLimit = API_MUTATION_LIMIT): Promise<TRateDecision> {
  const shared = sharedRedis();
  if (!shared) return takeToken(key, limit);
  try {
    if (shared.redis.status !== 'ready') await shared.firstConnect;
    return await takeRedisToken(shared.redis, key, limit);
  } catch {
    return takeToken(key, limit);
  }
}

/** Closes this process's connection for the shared limit (tests; a later request opens a new one). */
export async function closeSharedRateLimit(): Promise<void> {
  const held = holder.__idgRateRedis;
  holder.__idgRateRedis = undefined;
  if (!held) return;
  await held.redis.quit().catch(() => undefined);
  held.redis.disconnect();
}
