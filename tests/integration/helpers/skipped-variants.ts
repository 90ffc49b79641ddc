// vitest's global setup (vitest.config.ts): says once per run which variants of the integration
// tests did not run and how to run them, since their `describe.skipIf` is otherwise silent about
// why. Printed when the run ends, beside vitest's summary, where it is seen.

/**
 * One line for each variant that `env` leaves out: PostgreSQL without TEST_DATABASE_URL,
 * multi-instance without TEST_REDIS_URL (and TEST_DATABASE_URL).
 */
export function skippedVariants(env: Record<string, string | undefined>): string[] {
  const lines: string[] = [];
  if (!env.TEST_DATABASE_URL) {
    lines.push(
      'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://user:pass@host/db (a role with CREATEDB; see CONTRIBUTING.md, Tests) to run them.',
    );
  }
  if (!env.TEST_REDIS_URL || !env.TEST_DATABASE_URL) {
    const missing = [
      env.TEST_REDIS_URL ? null : 'TEST_REDIS_URL=redis://127.0.0.1:6379',
      env.TEST_DATABASE_URL ? null : 'TEST_DATABASE_URL',
    ]
      .filter(Boolean)
      .join(' and ');
    lines.push(`Multi-instance (Redis) tests skipped: set ${missing} (see CONTRIBUTING.md, Tests) to run them.`);
  }
  return lines;
}

/** Global setup: nothing to prepare; the teardown prints the skipped variants. */
export default function setup(): () => void {
  return () => {
    for (const line of skippedVariants(process.env)) console.log(line);
  };
}
