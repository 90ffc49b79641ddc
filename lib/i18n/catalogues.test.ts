// Every namespace in lib/i18n/messages, whoever wrote it: French and Spanish have exactly
// English's keys, no empty strings, the same variables, valid ICU syntax, and every message
// fills completely.
import fs from 'node:fs';
import path from 'node:path';
import { TYPE, type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';

type TTree = { [key: string]: string | TTree };

const dir = path.join(import.meta.dirname, 'messages');
const files = fs.readdirSync(path.join(dir, 'en')).filter((f) => f.endsWith('.json'));

function read(locale: string, file: string): TTree {
  return JSON.parse(fs.readFileSync(path.join(dir, locale, file), 'utf8')) as TTree;
}

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`: the keys as code names them. */
function flatten(tree: TTree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

/** The variables a message takes, from its parsed syntax (plural branch text is not a variable). */
function variablesOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) variablesOf(option.value, into);
    }
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      variablesOf(el.children, into);
    }
  }
  return into;
}
const variables = (message: string) => [...variablesOf(parse(message))].sort();

describe('variables', () => {
  it('are found in plain text, plurals and tags, but not in plural branch text', () => {
    expect(variables('{name}: {n, plural, =0 {Aucune} one {# réponse} other {# réponses}}')).toEqual(['n', 'name']);
    expect(variables('See <link>{title}</link>')).toEqual(['<link>', 'title']);
  });
});

describe('message namespaces', () => {
  it('are found, in every language', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const locale of LOCALES) expect(fs.readdirSync(path.join(dir, locale)).sort()).toContain(files[0]);
  });

  for (const file of files) {
    describe(file, () => {
      const en = flatten(read('en', file));
      const enKeys = Object.keys(en).sort();
      for (const locale of LOCALES) {
        const messages = flatten(read(locale, file));
        it(`${locale} has exactly English's keys, none empty`, () => {
          expect(Object.keys(messages).sort()).toEqual(enKeys);
          expect(enKeys.filter((k) => (messages[k] ?? '').trim() === '')).toEqual([]);
        });
        it(`${locale} is valid ICU, takes the same variables as English and fills completely`, () => {
          expect(enKeys.filter((k) => variables(messages[k] ?? '').join() !== variables(en[k] ?? '').join())).toEqual(
            [],
          );
          // With every variable given (a count of 2, tags as plain text), no message syntax may remain.
          const t = createTranslator({ locale, messages: { ns: read(locale, file) }, namespace: 'ns' });
          const unfilled = enKeys.filter((k) => {
            const vars = Object.fromEntries(
              variables(en[k] ?? '').map((v) => (v.startsWith('<') ? [v.slice(1, -1), (s: string) => s] : [v, 2])),
            );
            return /[{}<>]/.test(t.markup(k as never, vars as never));
          });
          expect(unfilled).toEqual([]);
        });
      }
    });
  }
});
