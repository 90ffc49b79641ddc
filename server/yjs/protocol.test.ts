import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import { MessageType, decodeClientMessage, encodeUpdate } from './protocol';

/** The frame as y-protocols and lib0 write it, which every client reads. */
function lib0Frame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

describe('encodeUpdate', () => {
  // Each length where the varuint prefix grows by a byte, and either side of it.
  it.each([0, 1, 127, 128, 129, 16_383, 16_384, 2_097_151, 2_097_152 + 3])(
    'writes the same bytes as lib0 for an update of %i bytes',
    (length) => {
      const update = new Uint8Array(length);
      for (let i = 0; i < length; i++) update[i] = (i * 31 + 7) & 0xff;
      const frame = encodeUpdate(update);
      expect(Buffer.from(frame).equals(Buffer.from(lib0Frame(update)))).toBe(true);
      const decoded = decodeClientMessage(frame);
      expect(decoded.type === 'sync-update' && Buffer.from(decoded.update).equals(update)).toBe(true);
    },
  );
});
