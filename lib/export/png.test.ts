import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canvas, encodePng, fillRect } from './png';

// The CRC of PNG (ISO 3309), computed bit by bit here so that the test does not trust the encoder's.
function crc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

type TChunk = { type: string; data: Buffer };

function chunks(png: Buffer): TChunk[] {
  const out: TChunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc(typeAndData));
    out.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return out;
}

// The pixel at (x, y) of an unfiltered 8-bit RGB image, read from its inflated scanlines.
function pixel(raw: Buffer, width: number, x: number, y: number): string {
  const at = y * (width * 3 + 1) + 1 + x * 3;
  return `#${raw.subarray(at, at + 3).toString('hex')}`;
}

describe('the PNG encoder', () => {
  const image = canvas(7, 5, '#ffffff');
  fillRect(image, 2, 1, 3, 2, '#b91c1c');
  fillRect(image, 5, 3, 10, 10, '#15803d'); // clipped at the edges
  const png = encodePng(image);

  it('writes the signature, then IHDR, IDAT and IEND, each with a valid CRC', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(chunks(png).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('gives the size in IHDR, as 8-bit RGB without interlacing', () => {
    const header = chunks(png)[0]!.data;
    expect(header.readUInt32BE(0)).toBe(7);
    expect(header.readUInt32BE(4)).toBe(5);
    expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  });

  it('stores scanlines that zlib inflates, with the colours where they were drawn', () => {
    const raw = inflateSync(chunks(png)[1]!.data);
    expect(raw.length).toBe(5 * (7 * 3 + 1));
    for (let y = 0; y < 5; y++) expect(raw[y * (7 * 3 + 1)]).toBe(0);
    expect(pixel(raw, 7, 0, 0)).toBe('#ffffff');
    expect(pixel(raw, 7, 2, 1)).toBe('#b91c1c');
    expect(pixel(raw, 7, 4, 2)).toBe('#b91c1c');
    expect(pixel(raw, 7, 5, 2)).toBe('#ffffff');
    expect(pixel(raw, 7, 6, 4)).toBe('#15803d');
  });

  it('refuses a size or colour it cannot write', () => {
    expect(() => canvas(0, 3, '#ffffff')).toThrow();
    expect(() => canvas(2, 2, 'red')).toThrow();
  });
});
