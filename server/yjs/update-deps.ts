import * as Y from 'yjs';
import { type TUpdateVisitor, validateUpdate } from './validate-update';

// An update applied to a document that lacks what it depends on is not refused by yjs: the part
// it cannot integrate waits in the document's store (pending-structs.ts), shared by every
// connection, until the missing structs arrive, which for a crafted update is never. So before an
// update touches the shared document we check, in the same walk that validates it, that the
// document will integrate all of it: yjs's own rules (integrateStructs, readAndApplyDeleteSet),
// read off the bytes. A client's clocks must continue from what the document has, every item's
// origin, right origin and parent must be in the document or in the update itself, and every
// deletion must fall within what the document will have. Only a circle of references between
// clients inside one update escapes this; no yjs client writes one (an item can only refer to
// what existed before it), and the document catches it after the fact (SharedDoc.applyClientUpdate).

/** What an update still needs: the document must hold `client`'s clocks up to and including `clock`. */
export type TMissing = { client: number; clock: number };

class DependencyCheck implements TUpdateVisitor {
  missing: TMissing | null = null;
  // Per client with structs in the update: how far the document plus the update's own structs reach without a gap.
  private readonly reach = new Map<number, number>();
  // References to other clients, as client and clock pairs, checked once every client's reach is known.
  private readonly foreign: number[] = [];
  // References of the item being read to its own client, checked when its clock is known.
  private readonly own: number[] = [];
  private client = 0;
  private clock = 0;

  constructor(private readonly stateOf: (client: number) => number) {}

  private need(client: number, clock: number): void {
    this.missing ??= { client, clock };
  }

  private reachOf(client: number): number {
    return this.reach.get(client) ?? this.stateOf(client);
  }

  section(client: number, clock: number): void {
    // yjs reads a second section of the same client over the first: only the last one counts.
    this.client = client;
    this.clock = clock;
    this.reach.set(client, this.stateOf(client));
  }

  reference(client: number, clock: number): void {
    if (client === this.client) this.own.push(clock);
    else this.foreign.push(client, clock);
  }

  struct(length: number, skip: boolean): void {
    const reach = this.reach.get(this.client) ?? 0;
    if (!skip) {
      // A gap before it: yjs would wait for the clocks in between.
      if (this.clock > reach) this.need(this.client, this.clock - 1);
      // yjs looks up an item's own-client references in the store without waiting for them.
      for (const clock of this.own) if (clock >= reach) this.need(this.client, clock);
      this.reach.set(this.client, Math.max(reach, this.clock + length));
    }
    this.own.length = 0;
    this.clock += length;
  }

  deletion(client: number, clock: number, length: number): void {
    // yjs keeps back a deletion (even an empty one) that starts or ends past what the document has.
    const last = clock + Math.max(1, length) - 1;
    if (last >= this.reachOf(client)) this.need(client, last);
  }

  /** Checks the references to other clients, once the whole update is read. */
  references(): void {
    for (let i = 0; i < this.foreign.length; i += 2) {
      const client = this.foreign[i]!;
      const clock = this.foreign[i + 1]!;
      if (clock >= this.reachOf(client)) this.need(client, clock);
    }
  }
}

/**
 * Validates `update` (throws MalformedMessageError like validateUpdate) and tells what it needs
 * that `doc` does not have: null when applying it to `doc` integrates all of it.
 */
export function missingDependencies(update: Uint8Array, doc: Y.Doc): TMissing | null {
  const check = new DependencyCheck((client) => Y.getState(doc.store, client));
  validateUpdate(update, check);
  check.references();
  return check.missing;
}
