// Numbers for bench/load.ts: percentiles and the RSS trend after warm-up.

export const round2 = (n: number): number => Number(n.toFixed(2));

/** The p-th percentile of an ascending array (nearest rank), NaN when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return round2(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
}

/** p50/p95/p99/max of latency samples (ms), sorted in place. */
export function latencySummary(samples: Float64Array): {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
} {
  samples.sort();
  return {
    samples: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
  };
}

/**
 * The p99 of each whole minute, from every thread's samples (in the order taken) and the count of
 * samples each had at the end of each minute: a tail that grows over a soak shows here.
 */
export function p99ByMinute(threads: { latencies: Float64Array; minuteMarks: number[] }[]): number[] {
  if (threads.length === 0) return [];
  const minutes = Math.min(...threads.map((t) => t.minuteMarks.length));
  const out: number[] = [];
  for (let m = 0; m < minutes; m++) {
    const parts = threads.map((t) => t.latencies.subarray(m === 0 ? 0 : t.minuteMarks[m - 1], t.minuteMarks[m]));
    const minute = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (minute.set(p, at), at + p.length), 0);
    out.push(percentile(minute.sort(), 99));
  }
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * RSS samples ([seconds since edits began, MB]) summarised: the level just after warm-up and at
 * the end, each the median of three samples so that one garbage collection does not decide it,
 * and the growth between them in percent.
 */
export function rssSummary(
  samples: [number, number][],
  warmupSeconds: number,
): { atWarmupMB: number; endMB: number; peakMB: number; growthPercent: number } {
  const after = samples.filter(([t]) => t >= warmupSeconds).map(([, mb]) => mb);
  const base = median(after.slice(0, 3));
  const end = median(after.slice(-3));
  return {
    atWarmupMB: round2(base),
    endMB: round2(end),
    peakMB: round2(Math.max(...samples.map(([, mb]) => mb))),
    growthPercent: round2(((end - base) / base) * 100),
  };
}
