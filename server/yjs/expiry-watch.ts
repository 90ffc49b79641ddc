// setTimeout fires at once for delays past 2^31-1 ms (about 24.8 days); longer waits re-arm.
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Calls `onExpired` for each item once its time (epoch ms) has passed. One timer serves every
 * item, armed for the soonest: sessions last days, so it rarely fires, and an idle connection
 * costs a map entry rather than a timer and its closures.
 */
export class ExpiryWatch<T> {
  private readonly expiries = new Map<T, number>();
  private timer: NodeJS.Timeout | null = null;
  private armedFor = Infinity;

  constructor(private readonly onExpired: (item: T) => void) {}

  /** Watches `item`; calls back at once when `expiresAt` has already passed. */
  add(item: T, expiresAt: number): void {
    if (expiresAt <= Date.now()) return this.onExpired(item);
    this.expiries.set(item, expiresAt);
    if (expiresAt < this.armedFor) this.arm(expiresAt);
  }

  /** Stops watching `item` (the timer, if it was the soonest, finds nothing and re-arms). */
  delete(item: T): void {
    this.expiries.delete(item);
  }

  /** Stops watching everything. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.armedFor = Infinity;
    this.expiries.clear();
  }

  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.armedFor = at;
    this.timer = setTimeout(() => this.fire(), Math.min(Math.max(0, at - Date.now()), MAX_DELAY));
    // An open connection, not this timer, is what keeps a server alive.
    this.timer.unref();
  }

  private fire(): void {
    this.timer = null;
    this.armedFor = Infinity;
    const now = Date.now();
    let next = Infinity;
    for (const [item, at] of this.expiries) {
      if (at > now) {
        next = Math.min(next, at);
        continue;
      }
      this.expiries.delete(item);
      this.onExpired(item);
    }
    if (next !== Infinity && next < this.armedFor) this.arm(next);
  }
}
