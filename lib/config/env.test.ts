import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ENV_DOCS, type TEnvName, env, parseEnv } from './env';

/** The README's table of environment variables: name → default column, rows marked "tests only" left out. */
function readmeVariables(): Map<string, string> {
  const readme = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
  const start = readme.indexOf('| variable | default | meaning |');
  expect(start).toBeGreaterThan(-1);
  const rows = readme.slice(start).split('\n').slice(2);
  const out = new Map<string, string>();
  for (const row of rows) {
    if (!row.startsWith('|')) break;
    const [names = '', fallback = '', meaning = ''] = row
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim());
    if (meaning.startsWith('tests only')) continue;
    for (const name of names.split(',')) out.set(name.trim().replace(/^`|`$/g, ''), fallback);
  }
  return out;
}

describe('configuration', () => {
  const savedDataDir = process.env.DATA_DIR;
  afterEach(() => {
    if (savedDataDir === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = savedDataDir;
  });

  it('the README lists exactly the variables the app reads, with their defaults', () => {
    const table = readmeVariables();
    expect([...table.keys()].sort()).toEqual(Object.keys(ENV_DOCS).sort());
    const defaults = parseEnv({});
    for (const [name, fallback] of table) {
      const value = defaults[name as TEnvName];
      expect(fallback, name).toBe(value === undefined ? ENV_DOCS[name as TEnvName].unset : `\`${String(value)}\``);
    }
  });

  it('takes an empty value for unset', () => {
    expect(parseEnv({ PORT: '', DATABASE_URL: '', HOST: '' })).toMatchObject({
      PORT: 3000,
      DATABASE_URL: undefined,
      HOST: undefined,
    });
  });

  it('refuses a bad value, naming every bad variable', () => {
    expect(() => parseEnv({ PORT: 'eighty', DATABASE_POOL_SIZE: '0' })).toThrow(
      /Invalid configuration: PORT: .*; DATABASE_POOL_SIZE: /,
    );
  });

  it('reads no proxy hops from a value that is not a count, the safe reading', () => {
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
  });

  it('reads the environment again once it changes', () => {
    process.env.DATA_DIR = '/tmp/one';
    expect(env().DATA_DIR).toBe('/tmp/one');
    process.env.DATA_DIR = '/tmp/two';
    expect(env().DATA_DIR).toBe('/tmp/two');
    expect(env()).toBe(env());
  });
});
