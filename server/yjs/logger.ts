// One line per event, `[yjs] <event> {json fields}`, so that logs can be grepped by event and
// parsed by field. Tests pass their own logger to assert on what was said.

/** Fields of a log line: document, user, connection and event details. */
export type TLogFields = Record<string, string | number | boolean | null | undefined>;

/** Where the sync server writes its log lines. */
export type TYjsLogger = {
  info(event: string, fields?: TLogFields): void;
  warn(event: string, fields?: TLogFields): void;
};

/** The default logger: one line per event to stdout (info) or stderr (warn). */
export const consoleLogger: TYjsLogger = {
  info: (event, fields) => console.log(`[yjs] ${event}`, JSON.stringify(fields ?? {})),
  warn: (event, fields) => console.warn(`[yjs] ${event}`, JSON.stringify(fields ?? {})),
};

/** A logger that keeps its lines in memory, for tests. */
export function memoryLogger(): TYjsLogger & { lines: { level: 'info' | 'warn'; event: string; fields: TLogFields }[] } {
  const lines: { level: 'info' | 'warn'; event: string; fields: TLogFields }[] = [];
  return {
    lines,
    info: (event, fields = {}) => void lines.push({ level: 'info', event, fields }),
    warn: (event, fields = {}) => void lines.push({ level: 'warn', event, fields }),
  };
}
