import 'server-only';
import type { Worker } from 'node:worker_threads';
import { DomainError } from '../domain/shared/errors';
import type { TTranslationRow } from '../domain/checklist/checklist-adaptation';
import { projectFile, startTsxWorker } from '../workers/tsx-worker';
import { ImportError } from './import-error';
import type { TImportReply, TImportRequest } from './import-protocol';
import { TRANSLATION_ZIP_LIMITS, checkZipWithinLimits } from './zip-limits';

// exceljs unpacks and parses a workbook synchronously for seconds when it is large, and holds it
// all in memory: on the event loop that would stall live editing and /api/health. Each upload is
// read in a worker thread of its own, with a heap cap and a deadline; a file that needs more is
// refused and the thread ended, whatever state it was in.

const LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };
const TIMEOUT_MS = 15_000;
/** Imports read at once in this process; more wait for none, they are told to try again. */
const MAX_RUNNING = 2;

// Route handlers are bundled per route, each with its own copy of this module (docs/pitfalls.md,
// "Sharing state between server/ and route handlers").
const holder = globalThis as typeof globalThis & { __idgImportsRunning?: number };

function outcome(worker: Worker): Promise<TTranslationRow[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DomainError('import.too_slow')), TIMEOUT_MS);
    const done = (settle: () => void) => {
      clearTimeout(timer);
      settle();
    };
    worker.once('message', (reply: TImportReply) =>
      done(() =>
        reply.ok
          ? resolve(reply.rows)
          : reject(
              new DomainError(reply.status === 413 ? 'import.too_large' : 'import.invalid', undefined, {
                message: reply.error,
              }),
            ),
      ),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      done(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new DomainError('import.too_much_memory') : err)),
    );
    worker.once('exit', (code) => done(() => reject(new Error(`The import reader stopped (exit code ${code}).`))));
  });
}

/** The rows of an uploaded XLSX translation, read off the event loop within memory and time limits. */
export async function readTranslationXlsxInWorker(bytes: Uint8Array): Promise<TTranslationRow[]> {
  // Archives that cannot be a template are refused here, before a worker (tens of MB) is started.
  try {
    await checkZipWithinLimits(bytes, TRANSLATION_ZIP_LIMITS);
  } catch (err) {
    throw err instanceof ImportError
      ? new DomainError(err.status === 413 ? 'import.too_large' : 'import.invalid', undefined, { message: err.message })
      : err;
  }
  const running = holder.__idgImportsRunning ?? 0;
  if (running >= MAX_RUNNING) throw new DomainError('import.busy');
  holder.__idgImportsRunning = running + 1;
  const worker = startTsxWorker(projectFile('lib', 'import', 'import-worker.ts'), 'import reader', LIMITS);
  try {
    const result = outcome(worker);
    const own = new Uint8Array(bytes);
    worker.postMessage({ bytes: own } satisfies TImportRequest, [own.buffer]);
    return await result;
  } finally {
    holder.__idgImportsRunning = (holder.__idgImportsRunning ?? 1) - 1;
    void worker.terminate();
  }
}
