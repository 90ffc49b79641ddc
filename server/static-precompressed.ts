import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const PREFIX = '/_next/static/';
const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Whether an Accept-Encoding header accepts `coding` (named, with a q above 0). */
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name !== coding) continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** The path with its escapes decoded, or null when one is malformed. */
function decodedOrNull(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

type TFound = { file: string; size: number; type: string } | null;

/**
 * Answers requests for the build's static files with the Brotli copies that
 * scripts/precompress-static.ts wrote after the build, when the browser accepts Brotli: about 15 %
 * fewer bytes than the gzip Next compresses them with, which is what a participant on a slow link
 * waits for before a page works. Returns false (Next answers) for anything else: other paths,
 * browsers without Brotli, files without a copy, or a copy older than its file.
 */
export function createPrecompressedStatic(distDir: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const staticDir = path.join(distDir, 'static');
  // Build output never changes under a running server, so each file is looked up once. Misses are
  // not kept: any address can be asked for, and the map would grow with them.
  const found = new Map<string, NonNullable<TFound>>();

  const lookup = (urlPath: string): TFound => {
    const cached = found.get(urlPath);
    if (cached) return cached;
    let result: TFound = null;
    const relative = decodedOrNull(urlPath.slice(PREFIX.length));
    const file = relative === null ? null : path.resolve(staticDir, relative);
    const type = file ? TYPES[path.extname(file)] : undefined;
    if (file && type && file.startsWith(staticDir + path.sep)) {
      const source = fs.statSync(file, { throwIfNoEntry: false });
      const copy = fs.statSync(`${file}.br`, { throwIfNoEntry: false });
      if (source?.isFile() && copy?.isFile() && copy.mtimeMs >= source.mtimeMs) {
        result = { file: `${file}.br`, size: copy.size, type };
        found.set(urlPath, result);
      }
    }
    return result;
  };

  return (req, res) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(PREFIX)) return false;
    if (!acceptsEncoding(req.headers['accept-encoding'], 'br')) return false;
    const urlPath = req.url.split('?')[0]!;
    const hit = lookup(urlPath);
    if (!hit) return false;
    res.writeHead(200, {
      'Content-Type': hit.type,
      'Content-Encoding': 'br',
      'Content-Length': hit.size,
      // What Next sends for these files: their names change with their content.
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    fs.createReadStream(hit.file)
      .on('error', () => res.destroy())
      .pipe(res);
    return true;
  };
}
