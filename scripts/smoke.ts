// A smoke test of a running server (`node --import tsx scripts/smoke.ts http://localhost:3400`):
// health, the demo facilitator's sign-in through next-auth's endpoints, and one round trip
// through the sync server with the stock y-websocket provider. `.ci/node24-smoke.sh` runs it
// against a build on another Node version; it needs the demo seed (`npm run demo`). Prints one
// JSON line; exits 1 with the failed step's message on stderr.
import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { formatDocName } from '../lib/collab/doc-names';

const EMAIL = 'facilitator@demo.test';
const PASSWORD = process.env.DEMO_PASSWORD || 'integrity-demo';
const STEP_TIMEOUT_MS = 20_000;

const base = (process.argv[2] ?? process.env.SMOKE_URL ?? '').replace(/\/$/, '');
if (!/^https?:\/\//.test(base)) {
  console.error('usage: node --import tsx scripts/smoke.ts <base URL, e.g. http://localhost:3400>');
  process.exit(2);
}

const results: Record<string, unknown> = { url: base, node: process.version };
const timings: Record<string, number> = {};

/** Runs one named step, timing it; a failure names the step. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await fn();
  } catch (err) {
    // fetch hides why it failed (refused, reset, unknown host) in its cause.
    const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : '';
    throw new Error(`${name}: ${err instanceof Error ? err.message : String(err)}${cause}`, { cause: err });
  } finally {
    timings[name] = Date.now() - started;
  }
}

async function getJson(pathname: string, cookie?: string): Promise<unknown> {
  const res = await fetch(`${base}${pathname}`, {
    headers: cookie ? { cookie } : {},
    signal: AbortSignal.timeout(STEP_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`GET ${pathname} answered ${res.status}`);
  return res.json();
}

/** Cookies set by `res`, added to `jar` (name to value). */
function keepCookies(jar: Map<string, string>, res: Response): Map<string, string> {
  for (const c of res.headers.getSetCookie()) {
    const [pair = ''] = c.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/**
 * Signs in as the browser's form would, through next-auth's CSRF and credentials endpoints; returns the Cookie header.
 */
async function signIn(): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(STEP_TIMEOUT_MS) });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error('no csrfToken from /api/auth/csrf');
  const jar = keepCookies(new Map(), csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: 'true' }),
    redirect: 'manual',
    signal: AbortSignal.timeout(STEP_TIMEOUT_MS),
  });
  keepCookies(jar, res);
  if (![...jar.keys()].some((k) => k.includes('session-token')))
    throw new Error(`no session cookie for ${EMAIL} (status ${res.status}): a wrong DEMO_PASSWORD, or no demo seed`);
  const cookie = cookieHeader(jar);
  const session = (await getJson('/api/auth/session', cookie)) as { user?: { email?: string } };
  if (session.user?.email !== EMAIL)
    throw new Error(`/api/auth/session names ${JSON.stringify(session.user?.email)}, not ${EMAIL}`);
  return cookie;
}

/** The demo assessment the facilitator facilitates, whose plan they may write. */
async function demoAssessmentId(cookie: string): Promise<string> {
  const { assessments } = (await getJson('/api/assessments', cookie)) as {
    assessments: { id: string; myRole: string }[];
  };
  const mine = assessments.find((a) => a.myRole === 'EF');
  if (!mine) throw new Error(`${EMAIL} facilitates no assessment; is the demo seeded?`);
  return mine.id;
}

/** A `ws` WebSocket that sends the session cookie and our own Origin, as the browser does. */
function browserLikeWebSocket(cookie: string): typeof globalThis.WebSocket {
  const origin = new URL(base).origin;
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
    }
  }
  return CookieWebSocket as unknown as typeof globalThis.WebSocket;
}

/** Polls until `check` holds, failing with `what` after the step timeout. */
async function waitFor(check: () => boolean, what: string): Promise<void> {
  const until = Date.now() + STEP_TIMEOUT_MS;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function connect(docName: string, cookie: string): WebsocketProvider {
  const provider = new WebsocketProvider(`${base.replace(/^http/, 'ws')}/yjs`, docName, new Y.Doc(), {
    WebSocketPolyfill: browserLikeWebSocket(cookie),
    disableBc: true,
  });
  provider.on('connection-close', (event) => {
    if (event) results.lastCloseCode = event.code;
  });
  return provider;
}

/**
 * Writes a text with one provider, disconnects it once the update has left the socket, and reads
 * it back with a second provider: what a browser does across a reload.
 */
async function yjsRoundTrip(docName: string, cookie: string): Promise<void> {
  const text = `smoke ${randomUUID()}`;
  const writer = connect(docName, cookie);
  try {
    await waitFor(() => writer.synced, 'the first provider to sync');
    writer.doc.getText('smoke').insert(0, text);
    await waitFor(() => writer.ws?.bufferedAmount === 0, 'the update to be sent');
  } finally {
    writer.destroy();
    writer.doc.destroy();
  }
  const reader = connect(docName, cookie);
  try {
    await waitFor(
      () => reader.synced && reader.doc.getText('smoke').toJSON().includes(text),
      'the second provider to see the text',
    );
  } finally {
    reader.destroy();
    reader.doc.destroy();
  }
}

async function main(): Promise<void> {
  const health = await step('health', async () => (await getJson('/api/health')) as { status?: string });
  if (health.status !== 'ok') throw new Error(`health: status ${JSON.stringify(health.status)}`);
  results.health = health.status;
  const cookie = await step('signIn', signIn);
  results.signedIn = EMAIL;
  const assessmentId = await step('assessment', () => demoAssessmentId(cookie));
  const docName = formatDocName({ kind: 'plan', assessmentId });
  await step('yjsRoundTrip', () => yjsRoundTrip(docName, cookie));
  results.yjs = docName;
}

main().then(
  () => {
    console.log(JSON.stringify({ ok: true, ...results, ms: timings }));
    process.exit(0);
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.log(JSON.stringify({ ok: false, ...results, error: message, ms: timings }));
    console.error(`smoke test failed at ${message}`);
    process.exit(1);
  },
);
