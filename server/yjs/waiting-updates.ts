import * as Y from 'yjs';
import { type TMissing, missingDependencies } from './update-deps';

// A client sends its updates in order, but not always after what they depend on: edits typed
// offline, or just after reconnecting, go out as soon as the socket opens, while the earlier ones
// they build on travel in the client's sync step 2 a round trip later. Such an update waits here,
// with its connection, and is applied once that connection has sent what it needs. It never
// reaches the shared document before then, and it is dropped with the connection: a client that
// reconnects sends it again in its sync step 2. The budget bounds what one connection can park.

type TWaiting = { update: Uint8Array; missing: TMissing };

/** One connection's updates waiting for what they depend on, within a budget of updates and bytes. */
export class WaitingUpdates {
  private entries: TWaiting[] = [];
  private bytes = 0;

  constructor(
    private readonly maxUpdates: number,
    private readonly maxBytes: number,
  ) {}

  /** How many updates wait. */
  get size(): number {
    return this.entries.length;
  }

  /** Keeps `update` until what it misses arrives; false (and not kept) when the budget would be exceeded. */
  add(update: Uint8Array, missing: TMissing): boolean {
    if (this.entries.length >= this.maxUpdates || this.bytes + update.length > this.maxBytes) return false;
    // A copy: the update is a view into its whole received frame, which would otherwise stay alive.
    this.entries.push({ update: update.slice(), missing });
    this.bytes += update.length;
    return true;
  }

  /** Takes out, in the order they came, the updates that `doc` can now integrate completely. */
  takeReady(doc: Y.Doc): Uint8Array[] {
    const ready: Uint8Array[] = [];
    const still: TWaiting[] = [];
    for (const w of this.entries) {
      // Only an update whose first missing clock has arrived is walked again.
      const missing =
        Y.getState(doc.store, w.missing.client) > w.missing.clock ? missingDependencies(w.update, doc) : w.missing;
      if (missing) still.push({ update: w.update, missing });
      else ready.push(w.update);
    }
    if (ready.length === 0) return ready;
    this.entries = still;
    this.bytes = still.reduce((n, w) => n + w.update.length, 0);
    return ready;
  }
}
