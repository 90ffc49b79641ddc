// Which Chromium the end-to-end tests drive, shared by playwright.config.ts and scripts/e2e.ts
// so that the check before a run and the run itself agree. Debian's Chromium comes first:
// Playwright's browser download cannot work on machines without general internet access.
// Run directly (`node --import tsx scripts/chromium.ts`), it is the check `npm test` makes
// before anything else, so that a missing browser stops the run at once rather than after the
// unit tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

export type TChromium = { source: 'system' | 'playwright'; executablePath: string };

export type TFindChromiumOptions = {
  /** The search path for a `chromium` command; the process's PATH when absent. */
  searchPath?: string;
  /** Where a system Chromium is looked for before the search path. */
  systemPaths?: string[];
  /** Where Playwright keeps its own Chromium, whether or not it is installed. */
  playwrightExecutable?: () => string;
};

/** What to do when no browser is found, in one line. */
export const NO_CHROMIUM_MESSAGE =
  "No Chromium found: run `npx playwright install chromium` or install your system's chromium package (Debian: `apt-get install chromium`), then run npm test again.";

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The system's Chromium (/usr/bin/chromium, then `chromium` on the PATH), else Playwright's own
 * when installed; null when neither is there.
 */
export function findChromium(opts: TFindChromiumOptions = {}): TChromium | null {
  const dirs = (opts.searchPath ?? process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const candidates = [...(opts.systemPaths ?? ['/usr/bin/chromium']), ...dirs.map((dir) => path.join(dir, 'chromium'))];
  const system = candidates.find(isExecutable);
  if (system) return { source: 'system', executablePath: system };
  const own = (opts.playwrightExecutable ?? (() => chromium.executablePath()))();
  return own && isExecutable(own) ? { source: 'playwright', executablePath: own } : null;
}

/**
 * `npx playwright install chromium`, its output kept back: offline it is a page of download errors.
 * True when it succeeded.
 */
function installPlaywrightChromium(): boolean {
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 15 * 60_000 });
  return result.status === 0;
}

export type TEnsureChromiumOptions = { find?: () => TChromium | null; install?: () => boolean };

/**
 * The browser to run with; when there is none, tries Playwright's download once (it works where
 * the network allows), and failing that prints the one line saying what to install and returns null.
 */
export function ensureChromium(tag: string, opts: TEnsureChromiumOptions = {}): TChromium | null {
  const find = opts.find ?? (() => findChromium());
  const found = find();
  if (found) return found;
  console.log(`[${tag}] no Chromium found; trying \`npx playwright install chromium\` once`);
  const after = (opts.install ?? installPlaywrightChromium)() ? find() : null;
  if (after) console.log(`[${tag}] installed Playwright's Chromium`);
  else console.error(NO_CHROMIUM_MESSAGE);
  return after;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(ensureChromium('chromium') ? 0 : 1);
}
