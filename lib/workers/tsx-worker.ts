import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';

// Worker modules are TypeScript run by tsx. A worker does not inherit the parent's `--import tsx`
// hooks (Node 20 registers loader hooks per thread), so a two-line bootstrap registers tsx in
// the worker and then imports the module. Paths come from the working directory, as Next's own
// do (server/app.ts): route handlers are bundled by Turbopack, where neither import.meta.url nor
// __dirname point into the sources. `--conditions=react-server` lets a module's
// `import 'server-only'` resolve to its empty server build, as inside Next.

/** A module under the project folder (the server and every tool run from it). */
export function projectFile(...segments: string[]): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), ...segments);
}

/**
 * Starts `workerFile` (TypeScript, the `what` of errors) in a worker thread with `resourceLimits`;
 * its console goes to the server's log.
 */
export function startTsxWorker(workerFile: string, what: string, resourceLimits: ResourceLimits): Worker {
  if (!fs.existsSync(workerFile))
    throw new Error(`The ${what} is missing at ${workerFile}: start the server from the project folder.`);
  // Evaluated as the worker's script; `tsx` resolves from the working directory's node_modules.
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(workerFile).href)}); });`;
  return new Worker(bootstrap, {
    eval: true,
    execArgv: ['--conditions=react-server'],
    resourceLimits,
    stdout: false,
    stderr: false,
  });
}
