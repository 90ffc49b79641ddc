import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { env } from '../config/env';

// The process's one logger: a JSON line per event on stdout, with the time, level, process and
// host, then `module` (which part wrote it), the event as `msg`, and its fields. Each module takes
// a child; lines about one request or connection carry its id (`requestId`, `conn`), so that an
// operator can follow one of them through the log.

export type { Logger } from 'pino';

// One per process: route handlers (Next's bundle) and the custom server load this module
// separately (see docs/pitfalls.md, "Sharing state between server/ and route handlers").
const holder = globalThis as typeof globalThis & { __idgLogger?: Logger };

/** The logger of one module (`db`, `api`, `yjs`, `live`, ...): every line it writes names the module. */
export function logger(module: string): Logger {
  holder.__idgLogger ??= pino({ level: env().LOG_LEVEL, timestamp: pino.stdTimeFunctions.isoTime });
  return holder.__idgLogger.child({ module });
}

// What a proxy or client may send as its request id: short and plain, so that a line stays readable
// and an id cannot pose as other fields when logs are read as text.
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** A request's id for its log lines: the `X-Request-Id` a proxy set, or a new one. */
export function requestId(headers: Headers): string {
  const given = headers.get('x-request-id');
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}
