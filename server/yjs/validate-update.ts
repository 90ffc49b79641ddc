import { BoundedDecoder, MalformedMessageError } from './bounded-decoder';

// Yjs trusts the counts inside an update: `new Array(numberOfStructs)` and loops over lengths
// happen before any byte is checked, so a few crafted bytes can make it allocate without bound
// (docs/pitfalls.md, "Hostile Yjs updates"). We walk the whole update (format v1, what
// y-protocols sends) with a bounded decoder first, mirroring yjs's
// readClientsStructRefs/readItemContent/readDeleteSet, and apply only what decodes completely
// within its own bytes.

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

function itemContent(d: BoundedDecoder, ref: number): void {
  switch (ref) {
    case 1: // ContentDeleted
      clockLen(d);
      return;
    case 2: {
      // ContentJSON
      const n = d.count(1);
      for (let i = 0; i < n; i++) json(d);
      return;
    }
    case 3: // ContentBinary
    case 4: // ContentString
      d.bytes();
      return;
    case 5: // ContentEmbed
      json(d);
      return;
    case 6: // ContentFormat
      d.bytes();
      json(d);
      return;
    case 7: {
      // ContentType
      const typeRef = d.varUint();
      if (typeRef > MAX_TYPE_REF) throw new MalformedMessageError('unknown type');
      if (typeRef === TYPE_XML_ELEMENT || typeRef === TYPE_XML_HOOK) d.bytes();
      return;
    }
    case 8: {
      // ContentAny
      const n = d.count(1);
      for (let i = 0; i < n; i++) d.any();
      return;
    }
    case 9: // ContentDoc (subdocuments)
      d.bytes();
      d.any();
      return;
    default:
      throw new MalformedMessageError(`unknown content ${ref}`);
  }
}

function structs(d: BoundedDecoder): void {
  const clients = d.count(3);
  for (let c = 0; c < clients; c++) {
    const numberOfStructs = d.count(1);
    d.varUint(); // client
    if (d.varUint() > MAX_CLOCK) throw new MalformedMessageError('clock too large');
    for (let i = 0; i < numberOfStructs; i++) {
      const info = d.uint8();
      const ref = info & BITS5;
      if (ref === 0 || ref === 10) {
        clockLen(d); // GC or Skip
        continue;
      }
      const cantCopyParentInfo = (info & (BIT7 | BIT8)) === 0;
      if (info & BIT8) id(d); // origin
      if (info & BIT7) id(d); // right origin
      if (cantCopyParentInfo) {
        if (d.varUint() === 1) d.bytes(); // top-level type name
        else id(d); // parent item
        if (info & BIT6) d.bytes(); // map key
      }
      itemContent(d, ref);
    }
  }
}

function deleteSet(d: BoundedDecoder): void {
  const clients = d.count(2);
  for (let c = 0; c < clients; c++) {
    d.varUint(); // client
    const ranges = d.count(2);
    for (let i = 0; i < ranges; i++) {
      if (d.varUint() > MAX_CLOCK) throw new MalformedMessageError('clock too large');
      clockLen(d);
    }
  }
}

/** Checks that `update` is a well-formed Yjs v1 update that decodes within its own bytes; throws MalformedMessageError otherwise. */
export function validateUpdate(update: Uint8Array): void {
  const d = new BoundedDecoder(update);
  structs(d);
  deleteSet(d);
  d.end();
}

/** Checks a Yjs state vector (sync step 1); throws MalformedMessageError when malformed. */
export function validateStateVector(sv: Uint8Array): void {
  const d = new BoundedDecoder(sv);
  const n = d.count(2);
  for (let i = 0; i < n; i++) id(d);
  d.end();
}
