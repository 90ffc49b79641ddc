// `npm run test:e2e`: builds the app when the build is missing or stale, then runs Playwright
// with the arguments given (e.g. `npm run test:e2e -- --grep smoke`) and exits with its code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
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
function staleReason(): string | null {
  if (!fs.existsSync(buildId)) return 'no build yet';
  const built = fs.statSync(buildId).mtimeMs;
  const newestSource = Math.max(
    ...sourceDirs.map((d) => newestMtime(path.join(root, d))),
    ...sourceFiles.map((f) => (fs.existsSync(path.join(root, f)) ? fs.statSync(path.join(root, f)).mtimeMs : 0)),
  );
  return newestSource > built ? 'sources changed since the last build' : null;
}

/** Runs a command in the project root with inherited output; returns its exit code. */
function run(command: string, args: string[]): number {
  console.log(`[e2e] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.error) {
    console.error(`[e2e] could not run ${command}:`, result.error.message);
    return 1;
  }
  // A child killed by a signal has no status; report it as a failure.
  return result.status ?? 1;
}

const reason = staleReason();
if (reason) {
  console.log(`[e2e] building (${reason})`);
  const code = run('npx', ['next', 'build']);
  if (code !== 0) process.exit(code);
} else {
  console.log('[e2e] build is up to date');
}
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
