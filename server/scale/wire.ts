import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

// What instances say to each other on a document's Redis channel. Every message names the
// instance that sent it, so an instance ignores its own (Redis delivers to every subscriber,
// the publisher included when it is subscribed on the same channel).

/** A message between instances about one document. */
export type TPeerMessage =
  | { kind: 'update'; from: string; update: Uint8Array }
  | { kind: 'awareness'; from: string; update: Uint8Array }
  /** "Here is my state vector: send me what I lack." Sent on subscribing and after Redis reconnects. */
  | { kind: 'sync-request'; from: string; stateVector: Uint8Array }
  /**
   * The answer to `to`'s request: what it lacked, our state vector (so it can send what we lack)
   * and our clients' awareness.
   */
  | {
      kind: 'sync-answer';
      from: string;
      to: string;
      update: Uint8Array;
      stateVector: Uint8Array;
      awareness: Uint8Array;
    };

const KINDS = ['update', 'awareness', 'sync-request', 'sync-answer'] as const;

/** Encodes a peer message for Redis. */
export function encodePeerMessage(msg: TPeerMessage): Buffer {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, KINDS.indexOf(msg.kind));
  encoding.writeVarString(e, msg.from);
  switch (msg.kind) {
    case 'update':
    case 'awareness':
      encoding.writeVarUint8Array(e, msg.update);
      break;
    case 'sync-request':
      encoding.writeVarUint8Array(e, msg.stateVector);
      break;
    case 'sync-answer':
      encoding.writeVarString(e, msg.to);
      encoding.writeVarUint8Array(e, msg.update);
      encoding.writeVarUint8Array(e, msg.stateVector);
      encoding.writeVarUint8Array(e, msg.awareness);
      break;
  }
  return Buffer.from(encoding.toUint8Array(e));
}

/** Decodes a peer message; throws on anything else (only our own instances publish on these channels). */
export function decodePeerMessage(buf: Uint8Array): TPeerMessage {
  const d = decoding.createDecoder(buf);
  const kind = KINDS[decoding.readVarUint(d)];
  const from = decoding.readVarString(d);
  switch (kind) {
    case 'update':
    case 'awareness':
      return { kind, from, update: decoding.readVarUint8Array(d) };
    case 'sync-request':
      return { kind, from, stateVector: decoding.readVarUint8Array(d) };
    case 'sync-answer':
      return {
        kind,
        from,
        to: decoding.readVarString(d),
        update: decoding.readVarUint8Array(d),
        stateVector: decoding.readVarUint8Array(d),
        awareness: decoding.readVarUint8Array(d),
      };
    default:
      throw new Error('unknown peer message');
  }
}
