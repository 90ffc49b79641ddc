// Every catalogue in lib/i18n/messages, whoever wrote it: French and Spanish have exactly
// English's keys, no empty strings, the same variables, and every message fills completely.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { formatMessage } from './messages';

type TCatalogLike = Record<(typeof LOCALES)[number], Record<string, string>>;

const dir = path.join(import.meta.dirname, 'messages');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

function isCatalog(value: unknown): value is TCatalogLike {
  if (typeof value !== 'object' || value === null) return false;
  return LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'object');
}

const catalogues: { name: string; catalog: TCatalogLike }[] = [];
for (const file of files) {
  const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(mod))
    if (isCatalog(value)) catalogues.push({ name: `${file}:${exportName}`, catalog: value });
}

const PLURAL_HEAD = /\{(\w+), plural,/g;
const BRANCH = /(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\}/g;
const VAR = /\{(\w+)\}/g;

/** The variables a message takes: plain `{name}`s and the counts of its plurals (branch text is not a variable). */
function variablesOf(message: string): string[] {
  const plurals = [...message.matchAll(PLURAL_HEAD)].map((m) => m[1] ?? '');
  const plain = [...message.replace(BRANCH, '').matchAll(VAR)].map((m) => m[1] ?? '');
  return [...new Set([...plurals, ...plain])].sort();
}

describe('variablesOf', () => {
  it('finds plain and plural variables but not plural branch text', () => {
    expect(variablesOf('{name}: {n, plural, =0 {Aucune} one {# réponse} other {# réponses}}')).toEqual(['n', 'name']);
  });
});

describe('message catalogues', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(catalogues.length).toBeGreaterThanOrEqual(files.length);
  });

  for (const { name, catalog } of catalogues) {
    describe(name, () => {
      const enKeys = Object.keys(catalog.en).sort();
      for (const locale of LOCALES) {
        it(`${locale} has exactly English's keys, none empty`, () => {
          expect(Object.keys(catalog[locale]).sort()).toEqual(enKeys);
          const empty = Object.entries(catalog[locale]).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
          expect(empty.map(([k]) => k)).toEqual([]);
        });
        it(`${locale} takes the same variables as English and fills completely`, () => {
          const mismatched = enKeys.filter(
            (k) => variablesOf(catalog[locale][k] ?? '').join() !== variablesOf(catalog.en[k] ?? '').join(),
          );
          expect(mismatched).toEqual([]);
          // With every variable given (a count of 2), nothing of the message syntax may remain.
          const unfilled = enKeys.filter((k) => {
            const vars = Object.fromEntries(variablesOf(catalog.en[k] ?? '').map((v) => [v, 2]));
            return /[{}]/.test(formatMessage(catalog[locale][k] ?? '', locale, vars));
          });
          expect(unfilled).toEqual([]);
        });
      }
    });
  }
});
