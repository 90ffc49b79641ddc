/** A token bucket's settings: tokens refilled per second and the most it holds (the burst). */
export type TRateLimit = { perSecond: number; burst: number };

/** API mutations per user: a person clicking never comes near this; a runaway script does. */
export const API_MUTATION_LIMIT: TRateLimit = { perSecond: 20, burst: 60 };

/**
 * Posts without a session (sign-in, setup, invitation acceptance) per client address: an office
 * behind one address accepting its invitations together fits; guessing passwords does not.
 */
export const PUBLIC_ADDRESS_LIMIT: TRateLimit = { perSecond: 0.5, burst: 20 };

// A token bucket by hand rather than rate-limiter-flexible: its limiters count points in fixed
// windows, which let twice the burst through across a window's edge and cannot refill part of the
// allowance as time passes (100 ms at 20/s gives back two requests here), and they read the clock
// themselves where this takes `now`, so the limits can be tested to the millisecond.
type TBucket = { tokens: number; at: number };
type TBuckets = Map<string, TBucket>;

// Route handlers are bundled per route by Next, each with its own copy of this module; one
// map on globalThis makes the limit per user rather than per user and route (see
// docs/pitfalls.md, "Sharing state between server/ and route handlers").
const holder = globalThis as typeof globalThis & { __idgRateBuckets?: TBuckets };

/** The outcome of taking one token: allowed, or refused with how many seconds until the next token. */
export type TRateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one token from `key`'s bucket under `limit`, refilling it for the time since its last use. */
export function takeToken(
  key: string,
  limit: TRateLimit = API_MUTATION_LIMIT,
  now: number = Date.now(),
): TRateDecision {
  const buckets = (holder.__idgRateBuckets ??= new Map<string, TBucket>());
  const bucket = buckets.get(key) ?? { tokens: limit.burst, at: now };
  bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
  bucket.at = now;
  buckets.set(key, bucket);
  if (buckets.size > 10_000) prune(buckets, limit, now);
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return { ok: true };
  }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond)) };
}

/** Forgets every bucket (tests). */
export function resetRateLimits(): void {
  holder.__idgRateBuckets?.clear();
}

// A bucket that has refilled completely is the same as no bucket: drop those so the map
// cannot grow with every user who ever sent a request.
function prune(buckets: TBuckets, limit: TRateLimit, now: number): void {
  const full = (limit.burst / limit.perSecond) * 1000;
  for (const [key, b] of buckets) if (now - b.at >= full) buckets.delete(key);
}
