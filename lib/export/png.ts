import { crc32, deflateSync } from 'node:zlib';

// A minimal PNG writer for the charts of the exports: an RGB canvas filled with rectangles and
// encoded as one 8-bit truecolour PNG. The charts carry no text (their numbers go in a table
// beside them), so rectangles are all they need, and no image library is pulled in for them.

/** An opaque RGB image: three bytes per pixel, row after row from the top left. */
export type TCanvas = { width: number; height: number; pixels: Uint8Array };

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function rgb(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) throw new Error(`not a #rrggbb colour: ${colour}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** A canvas of the given size in pixels, filled with one colour (#rrggbb). */
export function canvas(width: number, height: number, background: string): TCanvas {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new Error(`not an image size: ${width}×${height}`);
  const c = { width, height, pixels: new Uint8Array(width * height * 3) };
  fillRect(c, 0, 0, width, height, background);
  return c;
}

/** Fills a rectangle (pixels, clipped to the canvas) with one colour (#rrggbb). */
export function fillRect(c: TCanvas, x: number, y: number, w: number, h: number, colour: string): void {
  const [r, g, b] = rgb(colour);
  const x0 = Math.max(0, Math.round(x));
  const x1 = Math.min(c.width, Math.round(x + w));
  for (let row = Math.max(0, Math.round(y)); row < Math.min(c.height, Math.round(y + h)); row++) {
    for (let col = x0; col < x1; col++) {
      const at = (row * c.width + col) * 3;
      c.pixels[at] = r;
      c.pixels[at + 1] = g;
      c.pixels[at + 2] = b;
    }
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  // The CRC covers the chunk's type and data, not its length.
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** The canvas as PNG bytes: 8-bit RGB, not interlaced, each scanline unfiltered. */
export function encodePng(c: TCanvas): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(c.width, 0);
  header.writeUInt32BE(c.height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace
  const stride = c.width * 3;
  const raw = Buffer.alloc((stride + 1) * c.height);
  for (let row = 0; row < c.height; row++) {
    // Each scanline starts with its filter type, 0 (none).
    raw.set(c.pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
