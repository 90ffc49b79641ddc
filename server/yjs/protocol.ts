import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { z } from 'zod';
import { BoundedDecoder, MalformedMessageError } from './bounded-decoder';

// The y-websocket framing (node_modules/y-websocket/src/y-websocket.js): a varuint message type,
// then the payload. The client sends sync (step 1, step 2, update), awareness and query-awareness;
// it also understands auth (2), which we never need because access is decided before the upgrade.
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

/** One decoded client message; payloads are views into the received buffer. */
export type TClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-update'; update: Uint8Array } // step 2 and update carry the same payload
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

/** Splits a client frame into its type and payload; throws MalformedMessageError for anything else. */
export function decodeClientMessage(buf: Uint8Array): TClientMessage {
  const d = new BoundedDecoder(buf);
  const type = d.varUint();
  let msg: TClientMessage;
  if (type === MessageType.sync) {
    const sync = d.varUint();
    const payload = d.bytes();
    if (sync === SyncType.step1) msg = { type: 'sync-step1', stateVector: payload };
    else if (sync === SyncType.step2 || sync === SyncType.update) msg = { type: 'sync-update', update: payload };
    else throw new MalformedMessageError(`unknown sync message ${sync}`);
  } else if (type === MessageType.awareness) {
    msg = { type: 'awareness', update: d.bytes() };
  } else if (type === MessageType.queryAwareness) {
    msg = { type: 'query-awareness' };
  } else {
    throw new MalformedMessageError(`unknown message type ${type}`);
  }
  d.end();
  return msg;
}

/** Sync step 1 from the server: our state vector, asking the client for what we lack. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  syncProtocol.writeSyncStep1(e, doc);
  return encoding.toUint8Array(e);
}

/** Sync step 2: everything the client lacks, given its state vector. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  syncProtocol.writeSyncStep2(e, doc, stateVector);
  return encoding.toUint8Array(e);
}

/**
 * A document update to relay to other clients: the bytes lib0's encoder would write, in one
 * Buffer. Every relayed update passes through here; a lib0 encoder allocates a 100-byte buffer
 * of its own and then the result, both outside the heap, and sweeping those array buffers was a
 * third of each full GC under load. Buffer.allocUnsafe takes small buffers from Node's shared pool.
 */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  let lengthBytes = 1;
  for (let n = update.length; n > 0x7f; n = Math.floor(n / 0x80)) lengthBytes++;
  const frame = Buffer.allocUnsafe(2 + lengthBytes + update.length);
  frame[0] = MessageType.sync;
  frame[1] = SyncType.update;
  let at = 2;
  let n = update.length;
  for (; n > 0x7f; n = Math.floor(n / 0x80)) frame[at++] = 0x80 | (n & 0x7f);
  frame[at++] = n;
  frame.set(update, at);
  return frame;
}

/** An awareness message carrying the given clients' states. */
export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.awareness);
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(e);
}

// Awareness states are client-written JSON relayed to everyone: parse them, as every input is
// parsed where it enters (CONTRIBUTING.md, "Layout and its rules"), and bound their size so
// one client cannot make every other client parse megabytes.
const MAX_AWARENESS_STATE_BYTES = 16 * 1024;
// An object or null, checked without copying it: z.record would build a new object per state, and
// a state is parsed for every cursor move.
const ZAwarenessStateSchema = z
  .custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
  .nullable();

/** One entry of an awareness update: a client's state (JSON, `null` when it left) at a clock. */
export type TAwarenessEntry = { clientId: number; clock: number; state: Uint8Array };

/**
 * Splits an awareness update into entries without parsing their states; throws MalformedMessageError when malformed.
 */
export function decodeAwarenessUpdate(update: Uint8Array): TAwarenessEntry[] {
  const d = new BoundedDecoder(update);
  const n = d.count(3);
  const entries: TAwarenessEntry[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = d.varUint();
    const clock = d.varUint();
    const state = d.bytes();
    if (state.length > MAX_AWARENESS_STATE_BYTES) throw new MalformedMessageError('awareness state too large');
    entries.push({ clientId, clock, state });
  }
  d.end();
  return entries;
}

// One decoder for every message: each awareness change (a cursor moving) goes through here.
const utf8 = new TextDecoder();

/** Parses an entry's state: null when the client left, else an object; throws MalformedMessageError otherwise. */
export function parseAwarenessState(entry: TAwarenessEntry): Record<string, unknown> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(entry.state));
  } catch {
    throw new MalformedMessageError('awareness state is not JSON');
  }
  const result = ZAwarenessStateSchema.safeParse(parsed);
  if (!result.success) throw new MalformedMessageError('awareness state is not an object');
  return result.data;
}
