import { BoundedDecoder, MalformedMessageError } from './bounded-decoder';

// Yjs trusts the counts inside an update: `new Array(numberOfStructs)` and loops over lengths
// happen before any byte is checked, so a few crafted bytes can make it allocate without bound
// (docs/pitfalls.md, "Hostile Yjs updates"). We walk the whole update (format v1, what y-protocols
// sends) with a bounded decoder first, mirroring yjs's readClientsStructRefs/readItemContent/
// readDeleteSet, and apply only what decodes completely within its own bytes. The same walk reports
// each client's clocks, references and deletions to a visitor, so that checking what an update
// depends on (update-deps.ts) costs no second pass.

/** What a walk over an update reports, in order; update-deps.ts checks its dependencies with it. */
export type TUpdateVisitor = {
  /** The next structs are `client`'s, starting at `clock`. */
  section(client: number, clock: number): void;
  /**
   * The item being read refers to `client`'s struct at `clock` (its origin, right origin or
   * parent); reported before the item's `struct`.
   */
  reference(client: number, clock: number): void;
  /**
   * One struct of the current client, `length` clocks long; `skip` when it is a gap (a Skip struct)
   * rather than content.
   */
  struct(length: number, skip: boolean): void;
  /** A deletion of `client`'s clocks from `clock`, `length` of them. */
  deletion(client: number, clock: number, length: number): void;
};

/** Largest clock or clock range we accept; no real document comes near 2^31 operations per client. */
const MAX_CLOCK = 2 ** 31;
const BITS5 = 31;
const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
const TYPE_XML_ELEMENT = 3;
const TYPE_XML_HOOK = 5;
const MAX_TYPE_REF = 6;

function clockLen(d: BoundedDecoder): number {
  const n = d.varUint();
  if (n > MAX_CLOCK) throw new MalformedMessageError('clock range too large');
  return n;
}

/** An item id, or a state vector entry: client and clock. */
function id(d: BoundedDecoder): void {
  d.varUint();
  d.varUint();
}

/** An item's reference to another item, reported to the visitor. */
function reference(d: BoundedDecoder, visitor: TUpdateVisitor | undefined): void {
  const client = d.varUint();
  const clock = d.varUint();
  visitor?.reference(client, clock);
}

function json(d: BoundedDecoder): void {
  const text = d.string();
  // yjs writes the literal 'undefined' for undefined entries of ContentJSON.
  if (text === 'undefined') return;
  try {
    JSON.parse(text);
  } catch {
    throw new MalformedMessageError('invalid JSON content');
  }
}

// Returns the item's length in clocks, as yjs counts it (a string by its UTF-16 code units; only
// decoded when someone asks for lengths).
function itemContent(d: BoundedDecoder, ref: number, lengths: boolean): number {
  switch (ref) {
    case 1: // ContentDeleted
      return clockLen(d);
    case 2: {
      // ContentJSON
      const n = d.count(1);
      for (let i = 0; i < n; i++) json(d);
      return n;
    }
    case 3: // ContentBinary
      d.bytes();
      return 1;
    case 4: // ContentString
      if (lengths) return d.string().length;
      d.bytes();
      return 1;
    case 5: // ContentEmbed
      json(d);
      return 1;
    case 6: // ContentFormat
      d.bytes();
      json(d);
      return 1;
    case 7: {
      // ContentType
      const typeRef = d.varUint();
      if (typeRef > MAX_TYPE_REF) throw new MalformedMessageError('unknown type');
      if (typeRef === TYPE_XML_ELEMENT || typeRef === TYPE_XML_HOOK) d.bytes();
      return 1;
    }
    case 8: {
      // ContentAny
      const n = d.count(1);
      for (let i = 0; i < n; i++) d.any();
      return n;
    }
    case 9: // ContentDoc (subdocuments)
      d.bytes();
      d.any();
      return 1;
    default:
      throw new MalformedMessageError(`unknown content ${ref}`);
  }
}

function structs(d: BoundedDecoder, visitor: TUpdateVisitor | undefined): void {
  const clients = d.count(3);
  for (let c = 0; c < clients; c++) {
    const numberOfStructs = d.count(1);
    const client = d.varUint();
    const clock = d.varUint();
    if (clock > MAX_CLOCK) throw new MalformedMessageError('clock too large');
    visitor?.section(client, clock);
    for (let i = 0; i < numberOfStructs; i++) {
      const info = d.uint8();
      const ref = info & BITS5;
      if (ref === 0 || ref === 10) {
        const len = clockLen(d); // GC or Skip
        visitor?.struct(len, ref === 10);
        continue;
      }
      const cantCopyParentInfo = (info & (BIT7 | BIT8)) === 0;
      if (info & BIT8) reference(d, visitor); // origin
      if (info & BIT7) reference(d, visitor); // right origin
      if (cantCopyParentInfo) {
        if (d.varUint() === 1)
          d.bytes(); // top-level type name
        else reference(d, visitor); // parent item
        if (info & BIT6) d.bytes(); // map key
      }
      const len = itemContent(d, ref, visitor !== undefined);
      visitor?.struct(len, false);
    }
  }
}

function deleteSet(d: BoundedDecoder, visitor: TUpdateVisitor | undefined): void {
  const clients = d.count(2);
  for (let c = 0; c < clients; c++) {
    const client = d.varUint();
    const ranges = d.count(2);
    for (let i = 0; i < ranges; i++) {
      const clock = d.varUint();
      if (clock > MAX_CLOCK) throw new MalformedMessageError('clock too large');
      const len = clockLen(d);
      visitor?.deletion(client, clock, len);
    }
  }
}

/**
 * Checks that `update` is a well-formed Yjs v1 update that decodes within its own bytes; throws
 * MalformedMessageError otherwise. `visitor` hears of its structs and deletions as they are read.
 */
export function validateUpdate(update: Uint8Array, visitor?: TUpdateVisitor): void {
  const d = new BoundedDecoder(update);
  structs(d, visitor);
  deleteSet(d, visitor);
  d.end();
}

/** Checks a Yjs state vector (sync step 1); throws MalformedMessageError when malformed. */
export function validateStateVector(sv: Uint8Array): void {
  const d = new BoundedDecoder(sv);
  const n = d.count(2);
  for (let i = 0; i < n; i++) id(d);
  d.end();
}
