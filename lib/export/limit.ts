// Exports are CPU-bound and hold a whole document in memory (about 250 MB at peak for a full
// report, see bench/export.ts); running them one at a time per process bounds that memory and
// leaves the event loop (which also carries the live sync) free between them.
let tail: Promise<unknown> = Promise.resolve();

/** Runs `job` after every export started before it has finished. */
export function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  const run = tail.then(job, job);
  // The next job waits for this one whatever its outcome; its failure stays with its own caller.
  tail = run.catch(() => undefined);
  return run;
}
