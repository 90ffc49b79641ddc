// The export render pool with real worker threads (TypeScript loaded through tsx, as under
// `npm start`): results come back from a worker, jobs queue, a full queue and a slow job fail
// with a clear 503, a failed render leaves the worker serving, idle workers stop.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/errors';
import { heading, paragraph, type TExportDocument } from '@/lib/export/document';
import {
  type TRenderPool,
  type TRenderPoolOptions,
  createRenderPool,
  renderPoolOptionsFromEnv,
} from '@/lib/export/render-pool';
import { docxText, pdfText, xlsxRows } from './exports-read';
import { waitFor } from './helpers/yjs-harness';

const DOC: TExportDocument = {
  title: 'Pool test',
  subtitle: 'Rendered in a worker',
  blocks: [heading(1, 'Findings'), paragraph('Declarations are published <script>alert(1)</script>.')],
};
const OPTIONS: TRenderPoolOptions = { size: 1, timeoutMs: 60_000, maxQueue: 8, idleMs: 60_000, maxHeapMb: 512 };

describe('export render pool', () => {
  const pools: TRenderPool[] = [];
  const pool = (overrides: Partial<TRenderPoolOptions> = {}) => {
    const p = createRenderPool({ ...OPTIONS, ...overrides });
    pools.push(p);
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('renders DOCX, PDF, HTML and XLSX in a worker thread, queueing jobs beyond its size', async () => {
    const p = pool();
    expect(p.stats()).toEqual({ workers: 0, busy: 0, queued: 0 });
    const jobs = [
      p.render({ kind: 'document', format: 'docx', doc: DOC }),
      p.render({ kind: 'document', format: 'pdf', doc: DOC }),
      p.render({ kind: 'document', format: 'html', doc: DOC }),
      p.render({
        kind: 'workbook',
        title: 'Sheet test',
        sheets: [{ name: 'Answers', columns: [{ header: 'Answer', width: 20 }], rows: [['=1+1'], [42]] }],
      }),
    ];
    // One worker, one job at a time: the rest wait their turn.
    expect(p.stats()).toEqual({ workers: 1, busy: 1, queued: 3 });
    const [docx, pdf, html, xlsx] = await Promise.all(jobs);
    expect(Buffer.isBuffer(docx)).toBe(true);
    expect(await docxText(docx as Buffer)).toContain('Declarations are published <script>alert(1)</script>.');
    expect(pdfText(pdf as Buffer)).toContain('Findings');
    expect(html).toContain('&lt;script&gt;');
    expect(await xlsxRows(xlsx as Buffer)).toEqual([['Answer'], ['=1+1'], ['42']]);
    expect(p.stats()).toEqual({ workers: 1, busy: 0, queued: 0 });
  });

  it('refuses a job beyond the queue bound with a 503 that says to try again', async () => {
    const p = pool({ maxQueue: 1 });
    const first = p.render({ kind: 'document', format: 'docx', doc: DOC });
    const second = p.render({ kind: 'document', format: 'docx', doc: DOC });
    const third = p.render({ kind: 'document', format: 'docx', doc: DOC });
    await expect(third).rejects.toMatchObject({
      status: 503,
      message: expect.stringMatching(/Too many exports.*Try again/),
    });
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
  });

  it('stops a job that takes too long with a clear 503, and the next job gets a fresh worker', async () => {
    // A fresh worker cannot even load its renderer within 1 ms.
    const slow = pool({ timeoutMs: 1 });
    const err = await slow.render({ kind: 'document', format: 'pdf', doc: DOC }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 503, message: expect.stringMatching(/took longer than 1 ms and was stopped/) });
    expect(slow.stats()).toEqual({ workers: 0, busy: 0, queued: 0 });
  });

  it('reports a render that fails and keeps serving', async () => {
    const p = pool();
    // Not a job any caller can build (the types forbid it): the writer throws inside the worker.
    const broken = {
      kind: 'document',
      format: 'docx',
      doc: { title: 'x', subtitle: 'y', blocks: null },
    } as unknown as Parameters<TRenderPool['render']>[0];
    await expect(p.render(broken)).rejects.toThrow(/The export could not be rendered: /);
    expect(p.stats().workers).toBe(1);
    expect(await docxText((await p.render({ kind: 'document', format: 'docx', doc: DOC })) as Buffer)).toContain(
      'Findings',
    );
  });

  it('stops an idle worker, and starts one again for the next job', async () => {
    const p = pool({ idleMs: 50 });
    await p.render({ kind: 'document', format: 'html', doc: DOC });
    await waitFor(() => p.stats().workers === 0, 'the idle worker to stop');
    await expect(p.render({ kind: 'document', format: 'html', doc: DOC })).resolves.toContain('Pool test');
  });

  it('says clearly when the worker module is missing', async () => {
    const p = pool({ workerFile: path.join(process.cwd(), 'lib', 'export', 'no-such-worker.ts') });
    await expect(p.render({ kind: 'document', format: 'html', doc: DOC })).rejects.toThrow(
      /export renderer is missing at .*no-such-worker\.ts: start the server from the project folder/,
    );
  });

  it('reads its size and time limit from the environment, refusing nonsense', () => {
    expect(renderPoolOptionsFromEnv({})).toMatchObject({ size: 1, timeoutMs: 60_000 });
    expect(renderPoolOptionsFromEnv({ EXPORT_WORKERS: '2', EXPORT_TIMEOUT_MS: '90000' })).toMatchObject({
      size: 2,
      timeoutMs: 90_000,
    });
    expect(() => renderPoolOptionsFromEnv({ EXPORT_WORKERS: 'many' })).toThrow(
      /Invalid export settings: EXPORT_WORKERS/,
    );
    expect(() => renderPoolOptionsFromEnv({ EXPORT_TIMEOUT_MS: '5' })).toThrow(/EXPORT_TIMEOUT_MS/);
  });
});
