// Writes a Brotli copy (`<file>.br`, best quality) beside every script and stylesheet of the build's
// `.next/static`, for server/static-precompressed.ts to send to browsers that accept it. Next itself
// only gzips, on every request; Brotli at its best quality takes seconds per file, so it is done
// once, after `next build` (scripts/ensure-build.ts and `npm run build` run this).
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const COMPRESSIBLE = /\.(js|css|svg|json|txt|map)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Compresses what is not compressed yet (or changed since); returns the bytes before and after. */
export async function precompressStatic(staticDir: string): Promise<{ files: number; bytes: number; brBytes: number }> {
  const sources = (await filesUnder(staticDir)).filter((f) => COMPRESSIBLE.test(f));
  const totals = { files: 0, bytes: 0, brBytes: 0 };
  // Two at a time: the machines this runs on have few cores, and the build has just used them all.
  const queue = [...sources];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const target = `${file}.br`;
      const [source, existing] = await Promise.all([fs.stat(file), fs.stat(target).catch(() => null)]);
      let brSize = existing?.size ?? 0;
      if (!existing || existing.mtimeMs < source.mtimeMs) {
        const data = await fs.readFile(file);
        const compressed = await brotli(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        });
        await fs.writeFile(target, compressed);
        brSize = compressed.length;
      }
      totals.files += 1;
      totals.bytes += source.size;
      totals.brBytes += brSize;
    }
  };
  await Promise.all([worker(), worker()]);
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const staticDir = path.resolve(import.meta.dirname, '..', '.next', 'static');
  precompressStatic(staticDir).then(
    ({ files, bytes, brBytes }) => console.log(`[precompress] ${files} files, ${bytes} bytes -> ${brBytes} as Brotli`),
    (err: unknown) => {
      console.error('[precompress] failed:', err);
      process.exit(1);
    },
  );
}
