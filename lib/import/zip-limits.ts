import zlib from 'node:zlib';
import { ImportError } from './import-error';

// An XLSX is a zip, and a zip may claim anything: 300 KB can inflate to 300 MB. Before a
// workbook library sees an upload, its central directory is read here and every entry's
// declared size, and then its actual inflated size, is held to a cap. Inflating stops at the
// cap (zlib's maxOutputLength), so a lying header costs at most the cap, never the bomb.

/** How much an uploaded archive may unpack to. */
export type TZipLimits = { maxEntries: number; maxUnpackedBytes: number };

/** What a translation workbook may unpack to: the filled-in template of a few hundred questions is well under 1 MB. */
export const TRANSLATION_ZIP_LIMITS: TZipLimits = { maxEntries: 200, maxUnpackedBytes: 20 * 1024 * 1024 };

type TEntry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const corrupt = () => new ImportError(400, 'The file is not a readable XLSX workbook (its zip structure is damaged).');

function centralDirectory(bytes: Buffer): TEntry[] {
  // The end record is the last 22 bytes, or up to 64 KB earlier when the archive has a comment.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt();
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: TEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw corrupt();
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function compressedData(bytes: Buffer, entry: TEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw corrupt();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw corrupt();
  return bytes.subarray(start, start + entry.compressedSize);
}

type TChecked = { bytes: Buffer; entries: TEntry[]; tooLarge: ImportError };

/** The archive's directory, refused when it has too many entries or declares too much. */
function declaredWithinLimits(input: Uint8Array, limits: TZipLimits): TChecked {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const tooLarge = new ImportError(
    413,
    `The file unpacks to more than ${Math.round(limits.maxUnpackedBytes / 1048576)} MB; it cannot be a filled-in template.`,
  );
  const entries = centralDirectory(bytes);
  if (entries.length > limits.maxEntries)
    throw new ImportError(
      413,
      `The file holds more than ${limits.maxEntries} parts; it cannot be a filled-in template.`,
    );
  let declared = 0;
  for (const entry of entries) {
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw tooLarge;
    declared += entry.size;
  }
  if (declared > limits.maxUnpackedBytes) throw tooLarge;
  return { bytes, entries, tooLarge };
}

/** Adds one entry's actual size to `actual`; refuses past the cap or when it differs from the declared size. */
function counted(entry: TEntry, size: number, actual: number, { tooLarge }: TChecked, limits: TZipLimits): number {
  const total = actual + size;
  // A size unlike the declared one is a damaged or crafted archive; the cap holds either way.
  if (total > limits.maxUnpackedBytes) throw tooLarge;
  if (size !== entry.size) throw corrupt();
  return total;
}

/**
 * Refuses an archive whose entries declare, or actually inflate to, more than the limits allow
 * (413), or whose structure cannot be followed (400). Zip64 (sizes of 4 GB and more) is refused:
 * nothing a person fills in comes near it. Synchronous: for a worker thread about to parse it.
 */
export function assertZipWithinLimits(input: Uint8Array, limits: TZipLimits): void {
  const checked = declaredWithinLimits(input, limits);
  let actual = 0;
  for (const entry of checked.entries) {
    const data = compressedData(checked.bytes, entry);
    let size: number;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) {
      try {
        size = zlib.inflateRawSync(data, { maxOutputLength: limits.maxUnpackedBytes - actual + 1 }).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw checked.tooLarge;
        throw corrupt();
      }
    } else throw corrupt();
    actual = counted(entry, size, actual, checked, limits);
  }
}

/**
 * The same refusals, for the request's own thread before any worker is started: inflating runs
 * on libuv's thread pool and every inflated chunk is counted and dropped, so a bomb, a crafted
 * directory or random bytes cost neither a worker's memory nor the event loop's time.
 */
export async function checkZipWithinLimits(input: Uint8Array, limits: TZipLimits): Promise<void> {
  const checked = declaredWithinLimits(input, limits);
  let actual = 0;
  for (const entry of checked.entries) {
    const data = compressedData(checked.bytes, entry);
    let size: number;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) size = await inflatedSize(data, limits.maxUnpackedBytes - actual, checked.tooLarge);
    else throw corrupt();
    actual = counted(entry, size, actual, checked, limits);
  }
}

/** How many bytes `data` inflates to, refused with `tooLarge` as soon as it passes `budget`. */
function inflatedSize(data: Buffer, budget: number, tooLarge: ImportError): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        reject(tooLarge);
      }
    });
    inflate.once('end', () => resolve(size));
    inflate.once('error', () => reject(corrupt()));
    inflate.end(data);
  });
}
