// What every hostile-input test checks while its attack runs: the server's resident memory stays
// within MAX_GROWTH of its idle size, and /api/health keeps answering within MAX_HEALTH_MS. The
// health checks are sent from a worker thread, so the attacker's own work in the test process
// (building bombs, pumping bodies) does not delay them and pass for the server's slowness.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { expect } from 'vitest';
import type { TAppProcess } from '../../integration/helpers/app-process';

const MB = 1024 * 1024;
export const MAX_GROWTH = 100 * MB;
export const MAX_HEALTH_MS = 200;
/** Every attack is watched for at least this long from its start. */
const AFTERMATH_MS = 1500;

/** The figures of one attack: the server's peak growth over idle, and its health answers meanwhile. */
export type TWatched<T> = {
  result: T;
  growthMb: number;
  slowestHealthMs: number;
  healthChecks: number;
  healthFailures: number;
};

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** The server's resident memory now. */
export const residentBytes = (app: TAppProcess): number => statusField(app.child.pid!, 'VmRSS');

// Writing 5 to clear_refs sets the peak (VmHWM) back to the current size, so each attack's peak
// is its own and not an earlier one's.
const resetPeak = (app: TAppProcess): void => fs.writeFileSync(`/proc/${app.child.pid}/clear_refs`, '5');

// Plain CommonJS evaluated in the worker: no TypeScript loader is needed there.
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
let stopping = false;
parentPort.once('message', () => { stopping = true; });
(async () => {
  let slowest = 0, count = 0, failures = 0;
  while (!stopping) {
    const started = performance.now();
    try {
      const res = await fetch(workerData.url + '/api/health', { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (!res.ok) failures++;
    } catch { failures++; }
    slowest = Math.max(slowest, performance.now() - started);
    count++;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  parentPort.postMessage({ slowest, count, failures });
})();
`;

/**
 * The server's idle size: measured once the routes an attack reaches have been warmed up (their
 * modules loaded), after a pause, so that loading code is not counted as the attack's growth.
 */
export async function idleSize(
  app: TAppProcess,
  warmUp: () => Promise<unknown> = () => Promise.resolve(),
): Promise<number> {
  await warmUp();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return residentBytes(app);
}

/** Runs `attack` against `app` while watching its memory (peak over `idle`) and its health check. */
export async function underAttack<T>(app: TAppProcess, idle: number, attack: () => Promise<T>): Promise<TWatched<T>> {
  resetPeak(app);
  const poller = new Worker(POLLER, { eval: true, workerData: { url: app.url } });
  const health = new Promise<{ slowest: number; count: number; failures: number }>((resolve, reject) => {
    poller.once('message', resolve);
    poller.once('error', reject);
  });
  const started = performance.now();
  let result: T;
  try {
    result = await attack();
    // Watched for a while after a quick attack too: what it set off (a collection, a save) counts.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, AFTERMATH_MS - (performance.now() - started))));
  } finally {
    poller.postMessage('stop');
  }
  const { slowest, count, failures } = await health;
  await poller.terminate();
  const peak = statusField(app.child.pid!, 'VmHWM');
  return {
    result,
    growthMb: Math.round((peak - idle) / MB),
    slowestHealthMs: Math.round(slowest),
    healthChecks: count,
    healthFailures: failures,
  };
}

/** The bounds every attack must stay within, checked together so a failure shows all the figures. */
export function expectHeld<T>(watched: TWatched<T>): void {
  const { growthMb, slowestHealthMs, healthChecks, healthFailures } = watched;
  // One line per attack in the log, so a run shows how close each came to the bounds.
  console.log(JSON.stringify({ attack: expect.getState().currentTestName, growthMb, slowestHealthMs, healthChecks }));
  expect({
    growthUnder100Mb: growthMb < MAX_GROWTH / MB,
    healthUnder200Ms: slowestHealthMs < MAX_HEALTH_MS,
    healthFailures,
    checked: healthChecks > 0,
    growthMb,
    slowestHealthMs,
  }).toEqual({
    growthUnder100Mb: true,
    healthUnder200Ms: true,
    healthFailures: 0,
    checked: true,
    growthMb,
    slowestHealthMs,
  });
}
