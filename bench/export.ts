// Time and peak memory to export the full report of a fully answered assessment.
// `npm run bench:export`; the last line printed is one JSON object. The parent seeds a temporary
// SQLite database with every area's answers (282 of about WORDS words, in rich text), a plan of
// PLAN activities and the rest of the report, then runs each export (DOCX, PDF) in a fresh child
// process, so that each one's peak RSS (getrusage maxRSS) is its own, from reading the database to
// the finished file. Target: each under 5 s. `ms` is the first export in a fresh process (cold:
// code loaded and compiled on first use, the render worker started), `warmMs` a second one in the
// same process, as a running server would see it.
//
// `loopMaxDelayMs` is the longest the event loop (which carries live editing for everyone) was
// blocked during a warm export, from perf_hooks.monitorEventLoopDelay: `inline` renders on the
// main thread as exports did before the render pool, `worker` is what the server does now
// (assembly on the main thread, rendering in lib/export/render-pool.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { migrate, openDb, type TDb } from '../lib/db/client';
import { renderJob } from '../lib/export/render';
import { renderPool } from '../lib/export/render-pool';
import { assembleReport, reportExport } from '../lib/services/reports/report-exports';
import { buildExportFixture } from '../tests/integration/exports-fixture';

const WORDS = Number(process.env.BENCH_WORDS ?? 300);
const PLAN = Number(process.env.BENCH_PLAN_ACTIVITIES ?? 40);
const TARGET_MS = 5000;

type TRun = {
  format: 'docx' | 'pdf';
  ms: number;
  warmMs: number;
  peakRssMb: number;
  bytes: number;
  loopMaxDelayMs: { inline: number; worker: number };
};

/** Runs `job` while sampling the event loop's delay; returns its time and the longest stall. */
async function observed<T>(job: () => Promise<T>): Promise<{ out: T; ms: number; loopMaxMs: number }> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const out = await job();
  const ms = Math.round(performance.now() - started);
  // A stall is recorded when the sampling timer finally fires: let it fire before reading, or a
  // block that ends just before the job resolves (in microtasks) would go unseen.
  await new Promise((resolve) => setTimeout(resolve, 20));
  loop.disable();
  return { out, ms, loopMaxMs: Math.round(loop.max / 1e6) };
}

async function child(file: string, assessmentId: string, format: 'docx' | 'pdf'): Promise<void> {
  const db: TDb = openDb({ sqliteFile: file });
  const viaPool = () => reportExport(db, assessmentId, format, false);
  const cold = await observed(viaPool);
  const warm = await observed(viaPool);
  // Peak memory as the server sees it (worker included), before the inline comparison adds its own.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  // Before the pool: the same assembly and the same writer, on the main thread.
  const inline = await observed(async () =>
    renderJob({ kind: 'document', format, doc: await assembleReport(db, assessmentId, false) }),
  );
  await renderPool().close();
  await db.destroy();
  const result: TRun = {
    format,
    ms: cold.ms,
    warmMs: warm.ms,
    peakRssMb,
    bytes: Buffer.byteLength(cold.out.body),
    loopMaxDelayMs: { inline: inline.loopMaxMs, worker: warm.loopMaxMs },
  };
  console.log(JSON.stringify(result));
}

function runChild(file: string, assessmentId: string, format: 'docx' | 'pdf'): Promise<TRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [...process.execArgv, process.argv[1]!, '--child', file, assessmentId, format],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as TRun)
        : reject(new Error(`${format} export exited with ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-bench-export-'));
  const file = path.join(dir, 'idg-workshop.sqlite');
  try {
    const db = openDb({ sqliteFile: file });
    await migrate(db);
    const fx = await buildExportFixture(db, { areas: null, wordsPerAnswer: WORDS, planActivities: PLAN });
    await db.destroy();
    const runs: TRun[] = [];
    for (const format of ['docx', 'pdf'] as const) {
      const r = await runChild(file, fx.assessmentId, format);
      console.log(
        `${format}: ${r.ms} ms cold, ${r.warmMs} ms warm, peak RSS ${r.peakRssMb} MB, ${Math.round(r.bytes / 1024)} KB; event loop blocked up to ${r.loopMaxDelayMs.inline} ms rendering inline, ${r.loopMaxDelayMs.worker} ms with the render worker`,
      );
      runs.push(r);
    }
    console.log(
      JSON.stringify({
        bench: 'export',
        answers: fx.questions,
        wordsPerAnswer: WORDS,
        planActivities: PLAN,
        targetMs: TARGET_MS,
        runs,
        withinTarget: runs.every((r) => r.ms < TARGET_MS),
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const [flag, file, assessmentId, format] = process.argv.slice(2);
if (flag === '--child' && file && assessmentId && (format === 'docx' || format === 'pdf'))
  await child(file, assessmentId, format);
else await main();
