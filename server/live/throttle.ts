/**
 * At most one event per `intervalMs` per key (a user, a socket). Kept in the memory of one
 * instance on purpose: it only smooths bursts of cosmetic events (reactions, where-am-I), which
 * are never stored, so a user spread over two instances getting twice the rate is harmless.
 */
export class Throttle {
  private readonly last = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  /** Whether `key` may act at `now`; records the attempt when it may. */
  allow(key: string, now: number): boolean {
    const prev = this.last.get(key);
    if (prev !== undefined && now - prev < this.intervalMs) return false;
    this.last.set(key, now);
    // Forget stale keys now and then so the map does not grow with every user ever seen.
    if (this.last.size > 10_000) for (const [k, t] of this.last) if (now - t >= this.intervalMs) this.last.delete(k);
    return true;
  }
}

/**
 * A token bucket for one holder (a socket): `perSecond` tokens a second, at most `burst` saved.
 * Lives and dies with its holder, so nothing needs forgetting.
 */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.at = now;
  }

  /** Takes `cost` tokens at `now` when there are that many. */
  take(now: number, cost = 1): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}
