// The browser detection on fake PATHs and fake executables: no real browser is looked at, and
// nothing is downloaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_CHROMIUM_MESSAGE, ensureChromium, findChromium } from './chromium';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-chromium-'));
});

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A file at `rel` under the temp dir, executable or not; returns its path. */
function fakeFile(rel: string, executable = true): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\n');
  fs.chmodSync(file, executable ? 0o755 : 0o644);
  return file;
}

const noPlaywright = () => path.join(dir, 'ms-playwright', 'chrome');

describe('findChromium', () => {
  it('takes a system path first, before the PATH and Playwright', () => {
    const system = fakeFile('usr/bin/chromium');
    fakeFile('bin/chromium');
    const own = fakeFile('ms-playwright/chrome');
    expect(
      findChromium({ systemPaths: [system], searchPath: path.join(dir, 'bin'), playwrightExecutable: () => own }),
    ).toEqual({ source: 'system', executablePath: system });
  });

  it('finds `chromium` in the first PATH directory that has an executable one', () => {
    fakeFile('a/chromium', false);
    const second = fakeFile('b/chromium');
    const searchPath = [path.join(dir, 'missing'), path.join(dir, 'a'), path.join(dir, 'b')].join(path.delimiter);
    expect(findChromium({ systemPaths: [], searchPath, playwrightExecutable: noPlaywright })).toEqual({
      source: 'system',
      executablePath: second,
    });
  });

  it('ignores a directory named chromium', () => {
    fs.mkdirSync(path.join(dir, 'bin', 'chromium'), { recursive: true });
    expect(
      findChromium({ systemPaths: [], searchPath: path.join(dir, 'bin'), playwrightExecutable: noPlaywright }),
    ).toBeNull();
  });

  it("falls back to Playwright's own Chromium when it is installed", () => {
    const own = fakeFile('ms-playwright/chrome');
    expect(findChromium({ systemPaths: [], searchPath: '', playwrightExecutable: () => own })).toEqual({
      source: 'playwright',
      executablePath: own,
    });
  });

  it('finds nothing when neither is there', () => {
    expect(
      findChromium({
        systemPaths: [path.join(dir, 'usr/bin/chromium')],
        searchPath: path.join(dir, 'bin'),
        playwrightExecutable: noPlaywright,
      }),
    ).toBeNull();
  });
});

describe('ensureChromium', () => {
  const quiet = () => ({
    log: vi.spyOn(console, 'log').mockImplementation(() => undefined),
    error: vi.spyOn(console, 'error').mockImplementation(() => undefined),
  });
  const find = () => findChromium({ systemPaths: [], searchPath: '', playwrightExecutable: noPlaywright });

  it('does not try to install when a browser is there', () => {
    const system = fakeFile('bin/chromium');
    const install = vi.fn(() => true);
    expect(ensureChromium('t', { find: () => findChromium({ systemPaths: [system] }), install })).toEqual({
      source: 'system',
      executablePath: system,
    });
    expect(install).not.toHaveBeenCalled();
  });

  it("uses Playwright's Chromium once its download has installed it", () => {
    const { error } = quiet();
    const install = vi.fn(() => (fakeFile('ms-playwright/chrome'), true));
    expect(ensureChromium('t', { find, install })).toEqual({ source: 'playwright', executablePath: noPlaywright() });
    expect(install).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
  });

  it('tries the download once, then says in one line what to install', () => {
    const { error } = quiet();
    const install = vi.fn(() => false);
    expect(ensureChromium('t', { find, install })).toBeNull();
    expect(install).toHaveBeenCalledTimes(1);
    expect(error.mock.calls).toEqual([[NO_CHROMIUM_MESSAGE]]);
    expect(NO_CHROMIUM_MESSAGE).not.toContain('\n');
  });
});
