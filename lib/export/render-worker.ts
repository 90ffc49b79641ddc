// The body of an export render worker (started by render-pool.ts through a small bootstrap that
// registers tsx first). It receives plain data, never a database handle, renders one job at a
// time and answers with the bytes, moved rather than copied.
import { parentPort } from 'node:worker_threads';
import { renderJob } from './render';
import type { TRenderReply, TRenderRequest } from './render-protocol';

/** A standalone copy when the bytes share their ArrayBuffer (Node's pool), so moving them detaches nothing else. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only as a worker thread');

port.on('message', (request: TRenderRequest) => {
  renderJob(request.job).then(
    (body) => {
      if (typeof body === 'string') {
        port.postMessage({ id: request.id, ok: true, body } satisfies TRenderReply);
        return;
      }
      const bytes = ownBuffer(body);
      port.postMessage({ id: request.id, ok: true, body: bytes } satisfies TRenderReply, [bytes.buffer]);
    },
    (err: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        error: err instanceof Error ? err.message : String(err),
      } satisfies TRenderReply),
  );
});
