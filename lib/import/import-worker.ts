// The body of an import worker (started by run-import.ts through lib/workers/tsx-worker.ts): it
// reads one uploaded workbook, with the memory limits the thread was given, and answers with
// the rows or the refusal. A fresh worker per file, ended afterwards.
import { parentPort } from 'node:worker_threads';
import { ImportError } from './import-error';
import type { TImportReply, TImportRequest } from './import-protocol';
import { readTranslationXlsx } from './translation-xlsx';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs only as a worker thread');

port.once('message', (request: TImportRequest) => {
  readTranslationXlsx(request.bytes).then(
    (rows) => port.postMessage({ ok: true, rows } satisfies TImportReply),
    (err: unknown) =>
      port.postMessage(
        err instanceof ImportError
          ? ({ ok: false, status: err.status, error: err.message } satisfies TImportReply)
          : ({ ok: false, status: 400, error: 'The file is not a readable XLSX workbook.' } satisfies TImportReply),
      ),
  );
});
