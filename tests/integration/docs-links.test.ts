// The reasons behind the code must stay inside the repository: comments cite docs/ (never notes
// that only the original authors had, never issue numbers), and the links of the documentation
// lead to files and sections that exist. No server or database here; it reads the working tree.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SOURCE_DIRS = ['app', 'components', 'lib', 'server', 'scripts', 'tests', 'bench'];
const SKIP_DIRS = new Set(['node_modules', '.next', 'results', 'test-results', 'playwright-report']);
const TEXT_FILE = /\.(?:ts|tsx|js|mjs|cjs|md|css|json)$/;

// Written so that these lines do not match themselves (this file is under tests/).
const OUTSIDE_NOTES = [/\bPIT(?:FALLS)\.md\b/, /\bARCHI(?:TECTURE)\.md\b/, /\bSTY(?:LE)\.md\b/];
const ISSUE_NUMBER = /\bissues?\s+#?\d+/i;
const DOCS_PATH = /\bdocs\/[\w./-]+\.md\b/g;

/** Every text file under `dir` (relative to the root), recursively. */
function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : filesUnder(rel);
    return TEXT_FILE.test(e.name) ? [rel] : [];
  });
}

/** The lines of `text` that match `re`, as `file:line: text`. */
function matchingLines(file: string, text: string, re: RegExp): string[] {
  return text.split('\n').flatMap((line, i) => (re.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (inline code in a heading counts as its text). */
function anchorsOf(file: string): Set<string> {
  const text = stripFences(fs.readFileSync(file, 'utf8'));
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

/** Markdown without its fenced code blocks. */
function stripFences(md: string): string {
  return md.replace(/^```[\s\S]*?^```/gm, '');
}

/** Markdown without fenced code blocks and inline code spans, where brackets are not links. */
function stripCode(md: string): string {
  return stripFences(md).replace(/`[^`\n]*`/g, '');
}

const sourceFiles = SOURCE_DIRS.flatMap(filesUnder);
const docFiles = [...filesUnder('docs').filter((f) => f.endsWith('.md')), 'README.md', 'CONTRIBUTING.md'];

describe('comments cite documentation inside the repository', () => {
  it('finds the source files', () => {
    expect(sourceFiles.length).toBeGreaterThan(100);
  });

  it('cites no notes from outside the repository', () => {
    const hits = sourceFiles.flatMap((f) => {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      return OUTSIDE_NOTES.flatMap((re) => matchingLines(f, text, re));
    });
    expect(hits).toEqual([]);
  });

  it('cites no issue numbers', () => {
    const hits = sourceFiles.flatMap((f) =>
      matchingLines(f, fs.readFileSync(path.join(ROOT, f), 'utf8'), ISSUE_NUMBER),
    );
    expect(hits).toEqual([]);
  });

  it('cites only docs/ pages that exist', () => {
    const missing = sourceFiles.flatMap((f) => {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      return [...text.matchAll(DOCS_PATH)]
        .map((m) => m[0])
        .filter((doc) => !fs.existsSync(path.join(ROOT, doc)))
        .map((doc) => `${f}: ${doc}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('documentation links', () => {
  it.each(docFiles)('%s links only to files and headings that exist', (file) => {
    const abs = path.join(ROOT, file);
    const text = stripCode(fs.readFileSync(abs, 'utf8'));
    const broken: string[] = [];
    for (const m of text.matchAll(/\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1]!;
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto: and the like
      const [pathPart = '', anchor] = target.split('#');
      const resolved = pathPart === '' ? abs : path.resolve(path.dirname(abs), decodeURIComponent(pathPart));
      if (!fs.existsSync(resolved)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor))
        broken.push(`${target}: no such heading`);
    }
    expect(broken).toEqual([]);
  });
});
