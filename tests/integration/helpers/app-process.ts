// Starts tests/integration/helpers/app-child.ts (building first when the build is stale) and
// talks to it over real sockets: next-auth sign-in, JSON calls, and bodies streamed in chunks.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ensureBuild } from '../../../scripts/ensure-build';

export type TAppProcess = { url: string; child: ChildProcess; close: () => Promise<void> };

const root = path.resolve(import.meta.dirname, '../../..');

/** Builds when needed and starts the app in a child process; resolves with its URL. */
export async function startAppProcess(): Promise<TAppProcess> {
  if (ensureBuild('app-process') !== 0) throw new Error('next build failed');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'tests/integration/helpers/app-child.ts')],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /URL (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`app exited with ${code}`)));
  });
  child.stdout.resume();
  return {
    url,
    child,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The child's peak resident memory so far in bytes (VmHWM), read from /proc. */
export function peakRss(child: ChildProcess): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  if (!match) throw new Error('no VmHWM in /proc status');
  return Number(match[1]) * 1024;
}

/** Signs `email` in through next-auth's CSRF and credentials endpoints; returns the Cookie header. */
export async function signIn(url: string, email: string, password = 'integrity-demo'): Promise<string> {
  const cookie = await trySignIn(url, email, password);
  if (!cookie) throw new Error(`sign-in of ${email} failed`);
  return cookie;
}

type TCsrf = { csrfToken: string; jar: Map<string, string> };

/** next-auth's CSRF token and cookie, which several sign-in posts may share. */
async function csrf(url: string): Promise<TCsrf> {
  const res = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { csrfToken, jar: keepCookies(new Map(), res) };
}

function keepCookies(jar: Map<string, string>, res: Response): Map<string, string> {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const at = pair!.indexOf('=');
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** One credentials post with `session`'s CSRF token; the Cookie header with a session, or null when refused. */
async function postCredentials(url: string, session: TCsrf, email: string, password: string): Promise<string | null> {
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(session.jar) },
    body: new URLSearchParams({ csrfToken: session.csrfToken, email, password, json: 'true' }),
    redirect: 'manual',
  });
  const jar = keepCookies(new Map(session.jar), res);
  return [...jar.keys()].some((k) => k.includes('session-token')) ? cookieHeader(jar) : null;
}

/** One sign-in attempt; the Cookie header with a session, or null when it was refused. */
async function trySignIn(url: string, email: string, password: string): Promise<string | null> {
  return postCredentials(url, await csrf(url), email, password);
}

export type TStreamResult = { status: number; body: string; sent: number; ms: number };

/**
 * Sends `total` bytes of `chunk` repeated, chunked (no Content-Length). After `pauseAt` bytes it
 * waits up to two seconds for an answer, so one that comes mid-body is read before a write can
 * meet a closed connection; then it goes on sending until everything is sent or the server has
 * closed the connection. `sent` tells how far it got.
 */
export function sendChunked(
  url: string,
  method: string,
  pathname: string,
  headers: Record<string, string>,
  total: number,
  pauseAt: number,
): Promise<TStreamResult> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let sent = 0;
    let status = 0;
    let body = '';
    let ended = false;
    let answered: () => void = () => undefined;
    const req = http.request(`${url}${pathname}`, { method, headers: { origin: url, ...headers } });
    const finish = () => {
      if (ended) return;
      ended = true;
      req.destroy();
      if (status) resolve({ status, body, sent, ms: Date.now() - started });
      else reject(new Error(`no answer after ${sent} bytes`));
    };
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => answered());
    });
    req.on('error', finish);
    req.on('close', finish);
    let waited = false;
    const pump = () => {
      if (ended) return;
      if (sent >= total) return void req.end();
      if (sent >= pauseAt && !waited) {
        waited = true;
        const timer = setTimeout(() => answered(), 2000);
        answered = () => {
          clearTimeout(timer);
          answered = () => undefined;
          setImmediate(pump);
        };
        return;
      }
      const piece = chunk.subarray(0, Math.min(chunk.length, (waited ? total : pauseAt) - sent));
      sent += piece.length;
      if (req.write(piece)) setImmediate(pump);
      else req.once('drain', () => setImmediate(pump));
    };
    pump();
  });
}
