/**
 * Coalesces bursts per key: `request(key)` runs `flush(key)` at most once per `intervalMs`,
 * trailing, so the last change of a burst is always sent. Tallies of a busy round are sent to the
 * room at most every `intervalMs` instead of once per rating, which would flood every client.
 */
export class TrailingThrottle {
  private readonly last = new Map<string, number>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (key: string) => void,
  ) {}

  /** Asks for a flush of `key`; coalesced with any flush already waiting. */
  request(key: string, now = Date.now()): void {
    if (this.pending.has(key)) return;
    const wait = Math.max(0, (this.last.get(key) ?? -Infinity) + this.intervalMs - now);
    const timer = setTimeout(() => {
      this.pending.delete(key);
      this.last.set(key, Date.now());
      this.flush(key);
    }, wait);
    // A waiting tally must not keep a closing server's process alive.
    timer.unref?.();
    this.pending.set(key, timer);
  }

  /** Flushes `key` now (a round opened or closed: everyone must see it at once). */
  now(key: string): void {
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
    this.last.set(key, Date.now());
    this.flush(key);
  }
}
