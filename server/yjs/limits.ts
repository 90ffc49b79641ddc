// Per-connection and per-user limits. Numbers are defaults; createYjsServer takes overrides.

/** The sync server's limits. */
export type TYjsLimits = {
  /** Largest WebSocket frame in bytes; ws closes bigger ones with 1009 (CloseCode.tooLarge). */
  maxPayload: number;
  /** Sustained sync messages (and awareness queries) per second per connection. */
  messagesPerSecond: number;
  /** Burst of sync messages a connection may send at once (a join sends step 1, step 2 and awareness). */
  messageBurst: number;
  /**
   * Sustained awareness messages per second per connection, beyond the echoes: the stock
   * y-websocket client echoes every awareness change it receives, and each awareness message the
   * server sends it pays for one message back (MessageRates.relayed), so this is the rate of the
   * client's own presence (a cursor moving while someone types), whatever the number of people.
   */
  awarenessPerSecond: number;
  /** Burst of awareness messages. */
  awarenessBurst: number;
  /** Open connections per user across all documents (one document per connection). */
  maxConnectionsPerUser: number;
  /** Awareness client ids one connection may set (one per Y.Doc it runs; a tab usually has one). */
  maxAwarenessClientsPerConnection: number;
  /**
   * Updates one connection may have waiting for changes it has not sent yet (waiting-updates.ts),
   * and their bytes. A client needs a few, for what it types while reconnecting; past either
   * limit the connection is closed (missingDependencies) and the client resyncs.
   */
  maxWaitingUpdates: number;
  maxWaitingBytes: number;
  /**
   * Upgrades authenticated at once; the others wait their turn. More would not go faster (the
   * event loop, the database and the thread pool's key derivation are the limit), only hold more
   * half-done work in memory at once: a burst of hundreds of connections (a restart, everyone
   * opening the page) would otherwise leave the process that much larger afterwards.
   */
  upgradesInFlight: number;
};

/** Limits for normal use: generous for a person typing, tight for a script. */
export const DEFAULT_LIMITS: TYjsLimits = {
  maxPayload: 1 << 20,
  messagesPerSecond: 60,
  messageBurst: 200,
  awarenessPerSecond: 60,
  awarenessBurst: 120,
  maxConnectionsPerUser: 30,
  maxAwarenessClientsPerConnection: 4,
  maxWaitingUpdates: 100,
  maxWaitingBytes: 1 << 20,
  upgradesInFlight: 16,
};

/**
 * The two token buckets of one connection, sync and awareness: `take()` is false once the
 * connection has spent its burst of that kind faster than the rate refills it. Both buckets
 * refill whenever either is taken, so one clock reading serves both; plain fields rather than two
 * objects with their own clocks, because every idle connection carries one.
 */
export class MessageRates {
  private syncTokens: number;
  private awarenessTokens: number;
  private last: number;
  // Awareness messages relayed to the client and not yet echoed back (bounded by the burst).
  private echoes = 0;
  constructor(private readonly limits: TYjsLimits) {
    this.syncTokens = limits.messageBurst;
    this.awarenessTokens = limits.awarenessBurst;
    this.last = performance.now();
  }

  /** Counts one awareness message sent to the client, which it may echo once without spending a token. */
  relayed(): void {
    this.echoes = Math.min(this.limits.awarenessBurst, this.echoes + 1);
  }

  /** Spends one token of the kind (an awareness message spends an echo first); false when none is left. */
  take(awareness: boolean): boolean {
    const t = performance.now();
    const seconds = (t - this.last) / 1000;
    this.last = t;
    const l = this.limits;
    this.syncTokens = Math.min(l.messageBurst, this.syncTokens + seconds * l.messagesPerSecond);
    this.awarenessTokens = Math.min(l.awarenessBurst, this.awarenessTokens + seconds * l.awarenessPerSecond);
    if (awareness) {
      if (this.echoes >= 1) {
        this.echoes -= 1;
        return true;
      }
      if (this.awarenessTokens < 1) return false;
      this.awarenessTokens -= 1;
    } else {
      if (this.syncTokens < 1) return false;
      this.syncTokens -= 1;
    }
    return true;
  }
}

/** Runs at most `max` tasks at once; the others start in the order they came, as slots free up. */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.max) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      // A finished task hands its slot straight to the next in line.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

/** Counts open connections per user, to refuse one past the cap. */
export class ConnectionCounter {
  private readonly counts = new Map<string, number>();
  constructor(private readonly max: number) {}

  /** Reserves a slot for `userId`; false when the user is at the cap. */
  acquire(userId: string): boolean {
    const n = this.counts.get(userId) ?? 0;
    if (n >= this.max) return false;
    this.counts.set(userId, n + 1);
    return true;
  }

  /** Frees a slot reserved by acquire. */
  release(userId: string): void {
    const n = (this.counts.get(userId) ?? 1) - 1;
    if (n <= 0) this.counts.delete(userId);
    else this.counts.set(userId, n);
  }
}
