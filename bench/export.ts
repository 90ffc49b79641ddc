// Time and peak memory to export the full report of a fully answered assessment.
// `npm run bench:export`; the last line printed is one JSON object. The parent seeds a temporary
// SQLite database with every area's answers (282 of about WORDS words, in rich text), a plan of
// PLAN activities and the rest of the report, then runs each export (DOCX, PDF) in a fresh child
// process, so that each one's peak RSS (getrusage maxRSS) is its own, from reading the database to
// the finished file. Target: each under 5 s. `ms` is the first export in a fresh process (cold:
// code loaded and compiled on first use), `warmMs` a second one in the same process, as a running
// server would see it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDb } from '../lib/db/client';
import { reportExport } from '../lib/services/report-exports';
import { buildExportFixture } from '../tests/integration/exports-fixture';

const WORDS = Number(process.env.BENCH_WORDS ?? 300);
const PLAN = Number(process.env.BENCH_PLAN_ACTIVITIES ?? 40);
const TARGET_MS = 5000;

type TRun = { format: 'docx' | 'pdf'; ms: number; warmMs: number; peakRssMb: number; bytes: number };

async function child(file: string, assessmentId: string, format: 'docx' | 'pdf'): Promise<void> {
  const db = openDb({ sqliteFile: file });
  const timed = async () => {
    const started = performance.now();
    const out = await reportExport(db, assessmentId, format, false);
    return { out, ms: Math.round(performance.now() - started) };
  };
  const { out, ms } = await timed();
  const warm = await timed();
  await db.destroy();
  const result: TRun = { format, ms, warmMs: warm.ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes: Buffer.byteLength(out.body) };
  console.log(JSON.stringify(result));
}

function runChild(file: string, assessmentId: string, format: 'docx' | 'pdf'): Promise<TRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--child', file, assessmentId, format], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as TRun) : reject(new Error(`${format} export exited with ${code}`))));
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
      console.log(`${format}: ${r.ms} ms cold, ${r.warmMs} ms warm, peak RSS ${r.peakRssMb} MB, ${Math.round(r.bytes / 1024)} KB`);
      runs.push(r);
    }
    console.log(JSON.stringify({ bench: 'export', answers: fx.questions, wordsPerAnswer: WORDS, planActivities: PLAN, targetMs: TARGET_MS, runs, withinTarget: runs.every((r) => r.ms < TARGET_MS) }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const [flag, file, assessmentId, format] = process.argv.slice(2);
if (flag === '--child' && file && assessmentId && (format === 'docx' || format === 'pdf')) await child(file, assessmentId, format);
else await main();
