import { logger } from '../../lib/log/logger';

// One line per event, the event as `msg` and its fields beside it (lib/log), so that logs can be
// grepped by event and parsed by field. Tests pass their own logger to assert on what was said.

/** Fields of a log line: document, user, connection and event details. */
export type TLogFields = Record<string, string | number | boolean | null | undefined>;

/** Where the sync server writes its log lines. */
export type TYjsLogger = {
  info(event: string, fields?: TLogFields): void;
  warn(event: string, fields?: TLogFields): void;
};

/** The default logger: the process's logger, module `yjs`. */
export function yjsLogger(): TYjsLogger {
  const log = logger('yjs');
  return {
    info: (event, fields) => log.info(fields ?? {}, event),
    warn: (event, fields) => log.warn(fields ?? {}, event),
  };
}

/** A logger that keeps its lines in memory, for tests. */
export function memoryLogger(): TYjsLogger & {
  lines: { level: 'info' | 'warn'; event: string; fields: TLogFields }[];
} {
  const lines: { level: 'info' | 'warn'; event: string; fields: TLogFields }[] = [];
  return {
    lines,
    info: (event, fields = {}) => void lines.push({ level: 'info', event, fields }),
    warn: (event, fields = {}) => void lines.push({ level: 'warn', event, fields }),
  };
}
