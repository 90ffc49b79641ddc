import { z } from 'zod';

// Every environment variable the app reads, parsed here and nowhere else. The README's table of
// variables is checked against this list (lib/config/readme-table.test.ts): a variable added here
// is added there, with the same default.

// An empty value means unset: `DATABASE_URL= npm start` runs on SQLite, as it always has.
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);
const text = () => z.preprocess(unsetIfEmpty, z.string().optional());
// Defaults sit inside the preprocess, so that an empty value gets them too.
const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number().int().min(min).max(max).default(fallback));
const textOr = (fallback: string) => z.preprocess(unsetIfEmpty, z.string().default(fallback));

/**
 * Each variable: its schema (with the default when there is one) and, for the README, what it
 * means and, when it has no default of its own, what "unset" amounts to.
 */
const VARIABLES = {
  NODE_ENV: {
    schema: textOr('development'),
    meaning:
      '`production` serves the built app (`npm start`, `npm run demo`); anything else runs Next in development mode',
  },
  PORT: { schema: integer(0, 65535, 3000), meaning: 'HTTP and WebSocket port (one port for everything)' },
  HOST: { schema: text(), unset: 'all interfaces', meaning: 'interface to listen on' },
  // Lenient on purpose: a value that is no hop count trusts no proxy, the safe reading.
  TRUST_PROXY: {
    schema: z.preprocess((v) => {
      const hops = Number(unsetIfEmpty(v) ?? 0);
      return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
    }, z.number()),
    meaning: 'how many reverse proxies in front append to X-Forwarded-For',
  },
  DATA_DIR: {
    schema: textOr('./data'),
    meaning: 'the embedded SQLite database, the generated session secret, uploads',
  },
  DATABASE_URL: { schema: text(), meaning: 'PostgreSQL connection string; when set, used instead of SQLite' },
  DATABASE_POOL_SIZE: { schema: integer(1, 1000, 10), meaning: 'PostgreSQL connections per instance' },
  REDIS_URL: { schema: text(), meaning: 'with DATABASE_URL, runs several instances together over Redis' },
  METRICS_TOKEN: { schema: text(), meaning: 'bearer token for /metrics; without it /metrics answers loopback only' },
  NEXTAUTH_SECRET: {
    schema: text(),
    unset: 'generated into `DATA_DIR/.auth-secret`',
    meaning: 'signs session cookies',
  },
  NEXTAUTH_URL: {
    schema: text(),
    unset: '`http://localhost:PORT`',
    meaning: 'the public URL; `https://` makes cookies secure',
  },
  OIDC_ISSUER: { schema: text(), meaning: 'single sign-on: the OpenID Connect issuer' },
  OIDC_CLIENT_ID: { schema: text(), meaning: 'single sign-on: the client id' },
  OIDC_CLIENT_SECRET: { schema: text(), meaning: 'single sign-on: the client secret' },
  // Unset, the sign-in page says "Single sign-on" in the reader's language.
  OIDC_NAME: { schema: text(), unset: '`Single sign-on`', meaning: 'the label of the single sign-on button' },
  SMTP_URL: { schema: text(), meaning: 'when set, invitations and notifications are mailed through this server' },
  MAIL_FROM: {
    schema: textOr('IDG Workshop <no-reply@localhost>'),
    meaning: 'sender of invitation and notification mails',
  },
  INVITATION_TTL_DAYS: { schema: integer(1, 365, 14), meaning: 'how long an invitation link works' },
  EVIDENCE_MAX_BYTES: { schema: integer(1, 2 ** 31, 10 * 1024 * 1024), meaning: 'largest evidence file accepted' },
  DEMO_PASSWORD: { schema: textOr('integrity-demo'), meaning: 'password of the demo accounts' },
  ADMIN_PASSWORD: {
    schema: text(),
    unset: 'asked on the terminal',
    meaning: 'the password `npm run create-admin` gives the administrator',
  },
  EXPORT_WORKERS: { schema: integer(1, 16, 1), meaning: 'worker threads that render exports' },
  EXPORT_TIMEOUT_MS: {
    schema: integer(1000, 600_000, 60_000),
    meaning: 'an export still rendering after this long is stopped',
  },
  LOG_LEVEL: {
    schema: z.preprocess(
      unsetIfEmpty,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    meaning: 'the least severe log lines written',
  },
} satisfies Record<string, { schema: z.ZodType; meaning: string; unset?: string }>;

type TVariables = typeof VARIABLES;
/** The name of an environment variable the app reads. */
export type TEnvName = keyof TVariables;

/** The schema of the whole environment: every variable the app reads, with its default. */
export const ZEnvSchema = z.object(
  Object.fromEntries(Object.entries(VARIABLES).map(([name, v]) => [name, v.schema])) as {
    [K in TEnvName]: TVariables[K]['schema'];
  },
);
/** The parsed environment. */
export type TEnv = z.infer<typeof ZEnvSchema>;

/** Each variable's meaning and what it is when unset without a default, for the README's table. */
export const ENV_DOCS: Record<TEnvName, { meaning: string; unset: string }> = Object.fromEntries(
  Object.entries(VARIABLES).map(([name, v]) => [name, { meaning: v.meaning, unset: 'unset' in v ? v.unset : 'unset' }]),
) as Record<TEnvName, { meaning: string; unset: string }>;

const NAMES = Object.keys(VARIABLES) as TEnvName[];

/** Parses an environment; a bad value throws one error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnvSchema.safeParse(Object.fromEntries(NAMES.map((n) => [n, source[n]])));
  if (!parsed.success)
    throw new Error(
      `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

let cached: { raw: string; env: TEnv } | undefined;

/**
 * The process's configuration. Parsed on first use and again only when a variable it reads has
 * changed since: at start the server fills in NEXTAUTH_SECRET and NEXTAUTH_URL, and tests point
 * DATA_DIR or REDIS_URL elsewhere between cases.
 */
export function env(): TEnv {
  const raw = JSON.stringify(NAMES.map((n) => process.env[n] ?? null));
  if (cached?.raw !== raw) cached = { raw, env: parseEnv(process.env) };
  return cached.env;
}

/**
 * Sets a variable the operator left unset. Only for the two that libraries read from the
 * environment themselves (next-auth reads NEXTAUTH_URL and NEXTAUTH_SECRET).
 */
export function defaultEnv(name: 'NEXTAUTH_URL' | 'NEXTAUTH_SECRET', value: string): void {
  if (!process.env[name]) process.env[name] = value;
}
