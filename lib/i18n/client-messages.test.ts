// Each layout and page hands its client components the namespaces they use (client-messages.tsx):
// one missing would show message keys instead of words, one too many would weigh every page load.
// This walks the imports from each page and layout and compares.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const EXTENSIONS = ['.tsx', '.ts', '/index.ts', '/index.tsx'];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

const IMPORT = /(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const USE = /useTranslations\(\s*'([\w]+)'\s*\)/g;

/** The namespaces the client modules reachable from `entry` use. */
export function clientNamespaces(entry: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const key = `${file}:${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = fs.readFileSync(file, 'utf8');
    const client = inClient || /^\s*['"]use client['"]/.test(source);
    if (client) for (const m of source.matchAll(USE)) found.add(m[1] ?? '');
    for (const m of source.matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2] ?? '');
      if (target && /\.tsx?$/.test(target) && !target.endsWith('.test.ts')) visit(target, client);
    }
  };
  visit(entry, false);
  return [...found].sort();
}

/** The namespaces a layout or page gives its client components (`withClientMessages([…], …)`). */
function declaredNamespaces(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const list =
    /withClientMessages\(\s*\[([^\]]*)\]/.exec(source) ?? /<ClientMessages namespaces=\{\[([^\]]*)\]\}/.exec(source);
  if (!list) return [];
  return [...(list[1] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1] ?? '').sort();
}

function entries(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'api' ? [] : entries(p);
    return /^(page|layout|not-found|forbidden|error)\.tsx$/.test(d.name) ? [p] : [];
  });
}

describe('client messages', () => {
  for (const file of entries(path.join(root, 'app'))) {
    it(`${path.relative(root, file)} gives its client components exactly the namespaces they use`, () => {
      expect(declaredNamespaces(file)).toEqual(clientNamespaces(file));
    });
  }
});
