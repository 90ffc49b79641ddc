import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressStatic } from '../../scripts/precompress-static';
import { acceptsEncoding, createPrecompressedStatic } from '../../server/static-precompressed';

const SCRIPT = `console.log(${JSON.stringify('a participant on a slow link '.repeat(200))});`;

describe('acceptsEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['gzip, br;q=0.5', true],
    ['BR', true],
    ['gzip, br;q=0', false],
    ['gzip, deflate', false],
    ['', false],
    [undefined, false],
  ])('%s accepts br: %s', (header, expected) => {
    expect(acceptsEncoding(header, 'br')).toBe(expected);
  });
});

describe('createPrecompressedStatic', () => {
  let dir: string;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-static-'));
    const chunks = path.join(dir, 'static', 'chunks');
    fs.mkdirSync(chunks, { recursive: true });
    fs.writeFileSync(path.join(chunks, 'page.js'), SCRIPT);
    fs.writeFileSync(path.join(chunks, 'later.js'), SCRIPT);
    // A script with a copy outside the static folder: only the folder check keeps it from being sent.
    fs.writeFileSync(path.join(dir, 'outside.js'), SCRIPT);
    await precompressStatic(path.join(dir, 'static'));
    fs.copyFileSync(path.join(chunks, 'page.js.br'), path.join(dir, 'outside.js.br'));
    // A file rebuilt after its copy was written: the copy is stale and must not be sent.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(chunks, 'later.js'), later, later);
    const handle = createPrecompressedStatic(dir);
    server = http.createServer((req, res) => {
      if (!handle(req, res)) res.writeHead(299).end('fell through');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A raw request (fetch would decode the body and hide the encoding). */
  function get(urlPath: string, acceptEncoding?: string, method = 'GET') {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
      const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends the Brotli copy to a browser that accepts it, with the headers of a static file', async () => {
    const res = await get('/_next/static/chunks/page.js?dpl=1', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('answers HEAD with the headers only', async () => {
    const res = await get('/_next/static/chunks/page.js', 'br', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBe(0);
  });

  it.each([
    ['a browser without Brotli', '/_next/static/chunks/page.js', 'gzip, deflate'],
    ['a browser refusing Brotli', '/_next/static/chunks/page.js', 'gzip, br;q=0'],
    ['a file without a copy', '/_next/static/chunks/missing.js', 'br'],
    ['a copy older than its file', '/_next/static/chunks/later.js', 'br'],
    ['another path', '/assessments', 'br'],
    ['a path out of the static folder', '/_next/static/../outside.js', 'br'],
    ['an encoded path out of it', '/_next/static/%2e%2e/outside.js', 'br'],
    ['a malformed escape', '/_next/static/%E0%A4%A.js', 'br'],
  ])('leaves %s to Next', async (_case, urlPath, acceptEncoding) => {
    const res = await get(urlPath, acceptEncoding);
    expect(res.status).toBe(299);
  });
});
