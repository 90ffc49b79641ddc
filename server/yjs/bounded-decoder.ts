// A decoder whose every read is checked against the bytes that remain, so that a count or
// length in a hostile message can never make us loop or allocate past the message itself.

// Decoding keeps no state between calls (no streaming), so one decoder serves every message.
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Thrown for any message that does not decode within its own bytes. */
export class MalformedMessageError extends Error {
  constructor(what: string) {
    super(`malformed message: ${what}`);
    this.name = 'MalformedMessageError';
  }
}

/** A read cursor over one message; every read throws MalformedMessageError instead of over-reading. */
export class BoundedDecoder {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}

  /** Bytes not yet read. */
  remaining(): number {
    return this.buf.length - this.pos;
  }

  /** Reads one byte. */
  uint8(): number {
    const b = this.buf[this.pos];
    if (b === undefined) throw new MalformedMessageError('unexpected end');
    this.pos++;
    return b;
  }

  /** Reads an unsigned LEB128 varint, at most 53 bits. */
  varUint(): number {
    let num = 0;
    let mult = 1;
    for (;;) {
      const r = this.uint8();
      num += (r & 0x7f) * mult;
      if (r < 0x80) return num;
      mult *= 128;
      if (mult > 2 ** 53) throw new MalformedMessageError('integer out of range');
    }
  }

  /** Reads lib0's signed varint (sign in bit 6 of the first byte). */
  varInt(): void {
    let r = this.uint8();
    let mult = 64;
    while (r >= 0x80) {
      r = this.uint8();
      mult *= 128;
      if (mult > 2 ** 53) throw new MalformedMessageError('integer out of range');
    }
  }

  /** A count of items each at least `minBytes` long; refused when they could not fit in what remains. */
  count(minBytes: number): number {
    const n = this.varUint();
    if (n * minBytes > this.remaining()) throw new MalformedMessageError('count exceeds message');
    return n;
  }

  /** Reads a length-prefixed byte array without copying. */
  bytes(): Uint8Array {
    const len = this.varUint();
    if (len > this.remaining()) throw new MalformedMessageError('length exceeds message');
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  /** Skips `n` bytes. */
  skip(n: number): void {
    if (n > this.remaining()) throw new MalformedMessageError('length exceeds message');
    this.pos += n;
  }

  /** Reads a length-prefixed UTF-8 string. */
  string(): string {
    return utf8.decode(this.bytes());
  }

  /** Reads one value of lib0's `writeAny` encoding, nested at most `depth` levels. */
  any(depth = 0): void {
    if (depth > 32) throw new MalformedMessageError('value nested too deeply');
    const tag = this.uint8();
    switch (tag) {
      case 127: // undefined
      case 126: // null
      case 121: // false
      case 120: // true
        return;
      case 125:
        return this.varInt();
      case 124:
        return this.skip(4);
      case 123:
      case 122:
        return this.skip(8);
      case 119:
      case 116:
        this.bytes();
        return;
      case 118: {
        const n = this.count(2);
        for (let i = 0; i < n; i++) {
          this.bytes();
          this.any(depth + 1);
        }
        return;
      }
      case 117: {
        const n = this.count(1);
        for (let i = 0; i < n; i++) this.any(depth + 1);
        return;
      }
      default:
        throw new MalformedMessageError(`unknown value tag ${tag}`);
    }
  }

  /** Throws unless every byte has been read. */
  end(): void {
    if (this.pos !== this.buf.length) throw new MalformedMessageError('trailing bytes');
  }
}
