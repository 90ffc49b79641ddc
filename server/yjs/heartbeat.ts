/** What the heartbeat needs of a connection. */
export type THeartbeatTarget = {
  /** Set when it answers a ping (its pong); cleared when the next ping goes out. */
  alive: boolean;
};

/**
 * Pings every connection once per period and ends the ones that did not answer the last ping (a
 * laptop closed mid-session), so their awareness disappears and their documents can unload.
 *
 * Connections are dealt into slices, one slice pinged per tick, rather than all pinged in one
 * turn: 2,000 pings written at once (and their 2,000 pongs read back) held up every relay on the
 * instance for tens of milliseconds every period. The stock y-websocket server spreads its pings
 * the same way, with a timer per connection; one timer and slices cost less.
 */
export class Heartbeat<T extends THeartbeatTarget> {
  private readonly slices: Set<T>[];
  private readonly sliceOf = new Map<T, Set<T>>();
  private tick = 0;
  private dealt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    periodMs: number,
    slices: number,
    private readonly ping: (target: T) => void,
    private readonly end: (target: T) => void,
  ) {
    this.slices = Array.from({ length: slices }, () => new Set<T>());
    this.timer = setInterval(() => this.beat(), periodMs / slices);
    // Open connections, not this timer, are what keep a server alive.
    this.timer.unref();
  }

  /** Starts watching `target`: its first ping goes out within one period. */
  add(target: T): void {
    const slice = this.slices[this.dealt++ % this.slices.length]!;
    slice.add(target);
    this.sliceOf.set(target, slice);
  }

  delete(target: T): void {
    this.sliceOf.get(target)?.delete(target);
    this.sliceOf.delete(target);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One tick: the next slice's silent connections end, the others are pinged. */
  beat(): void {
    const slice = this.slices[this.tick++ % this.slices.length]!;
    // Deleting the entry at hand from a Set does not disturb its iteration.
    for (const target of slice) {
      if (!target.alive) {
        this.delete(target);
        this.end(target);
        continue;
      }
      target.alive = false;
      this.ping(target);
    }
  }
}
