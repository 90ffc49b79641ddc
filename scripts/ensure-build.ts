// Shared by `npm run demo` and `npm run test:e2e`: build only when the build is missing or stale.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
const buildId = path.join(root, '.next', 'BUILD_ID');
// What `next build` compiles. server/ is not in it: the custom server runs from source via tsx.
const sourceDirs = ['app', 'components', 'lib', 'public'];
const sourceFiles = ['next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** Newest modification time among the files under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  let newest = 0;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Why a build is needed, or null when .next is newer than every source. */
export function staleReason(): string | null {
  if (!fs.existsSync(buildId)) return 'no build yet';
  const built = fs.statSync(buildId).mtimeMs;
  const newestSource = Math.max(
    ...sourceDirs.map((d) => newestMtime(path.join(root, d))),
    ...sourceFiles.map((f) => (fs.existsSync(path.join(root, f)) ? fs.statSync(path.join(root, f)).mtimeMs : 0)),
  );
  return newestSource > built ? 'sources changed since the last build' : null;
}

/** Runs a command in the project root with inherited output; returns its exit code. */
export function run(command: string, args: string[], tag: string): number {
  console.log(`[${tag}] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.error) {
    console.error(`[${tag}] could not run ${command}:`, result.error.message);
    return 1;
  }
  // A child killed by a signal has no status; report it as a failure.
  return result.status ?? 1;
}

const lockDir = path.join(root, '.next-build.lock');
// A build that has held the lock this long has died without removing it.
const STALE_LOCK_MS = 15 * 60_000;

/**
 * Runs `fn` while holding the build lock. Next refuses a second build in the same folder, and
 * several callers may want one at once (two vitest workers starting the app, the demo beside the
 * e2e run): the others wait, then find the build up to date.
 */
function withBuildLock<T>(tag: string, fn: () => T): T {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(lockDir, { recursive: true, force: true });
      if (!told) console.log(`[${tag}] waiting for another build to finish`);
      told = true;
      // A synchronous wait: callers are synchronous, and nothing else should run meanwhile.
      Atomics.wait(sleeper, 0, 0, 500);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Builds the app when needed; returns the build's exit code (0 when nothing had to be done). */
export function ensureBuild(tag: string): number {
  return withBuildLock(tag, () => buildIfStale(tag));
}

function buildIfStale(tag: string): number {
  const reason = staleReason();
  if (!reason) {
    console.log(`[${tag}] build is up to date`);
    return 0;
  }
  console.log(`[${tag}] building (${reason})`);
  const startedAt = new Date();
  const code = run('npx', ['next', 'build'], tag);
  if (code !== 0) {
    // Next writes BUILD_ID before prerendering, so a build that failed there leaves one behind
    // that would look up to date next time; remove it.
    fs.rmSync(buildId, { force: true });
    return code;
  }
  // Date the build by when it started: a source saved while it ran may not be in it.
  fs.utimesSync(buildId, startedAt, startedAt);
  return run('node', ['--import', 'tsx', 'scripts/precompress-static.ts'], tag);
}
