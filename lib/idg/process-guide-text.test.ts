// The guide's words the app quotes from Parts I, IV and VI, checked against the guide's full text
// (the project's copy in data/, which only tests read; the JSON is what the app ships).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEW_INDICATOR_IDS } from '../domain/monitoring/review-indicators';
import {
  communicationStrategyGuide,
  implementationPrinciples,
  reviewIndicators,
  reviewIndicatorsSource,
} from './process';

const GUIDE = path.join(import.meta.dirname, 'data/integrity-development-guide-2021.txt');

/**
 * The guide's text as one line: footnotes (lines that start with a superscript number) and
 * footnote marks dropped, bold marks removed, whitespace collapsed, so that a paragraph a page
 * break split reads whole again.
 */
function flatten(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(line))
    .join(' ')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');
}

/** The sentences of a quoted passage: each must be in the guide as printed. */
const sentences = (text: string) => text.split(/(?<=\.) /);

describe('the guide’s words for the review, implementation and communication', () => {
  it('keys Part VI’s ten indicators by the ids the app records them under', () => {
    expect(reviewIndicators.map((i) => i.id)).toEqual([...REVIEW_INDICATOR_IDS]);
  });

  it('names Part IV’s four principles in order', () => {
    expect(implementationPrinciples.principles.map((p) => `${p.number} ${p.title}`)).toEqual([
      '1 Leadership and effective coordination',
      '2 Collective action',
      '3 Synergies with parallel integrity initiatives',
      '4 Performance measurement',
    ]);
  });

  describe('as printed in the guide', () => {
    const guide = flatten(fs.readFileSync(GUIDE, 'utf8'));
    const lower = guide.toLowerCase();

    it('quotes Part VI’s indicators and the sentence that introduces them', () => {
      expect(guide).toContain(reviewIndicatorsSource.intro);
      const start = lower.indexOf(reviewIndicatorsSource.intro.toLowerCase());
      const list = lower.slice(start, start + 1200);
      for (const i of reviewIndicators) expect(list, i.id).toContain(`- ${i.title.toLowerCase()}`);
    });

    it('quotes Part IV’s principles, their opening words and their key elements', () => {
      expect(guide).toContain(implementationPrinciples.intro);
      // Part IV itself, past the table of contents, which names the principles too.
      const part = guide.indexOf(implementationPrinciples.intro);
      for (const p of implementationPrinciples.principles) {
        const heading = `Principle ${p.number} – ${p.title}`;
        const from = guide.indexOf(heading, part);
        expect(from, heading).toBeGreaterThan(part);
        const next = guide.indexOf(`Principle ${p.number + 1} – `, from);
        const body = guide.slice(from, next === -1 ? guide.indexOf('V. MONITORING AND EVALUATION', from) : next);
        for (const s of sentences(p.text)) expect(body, heading).toContain(s);
        for (const e of p.elements) expect(body, heading).toContain(` ${e} `);
      }
    });

    it('quotes Part I’s stages and Part IV’s principles of a communication strategy', () => {
      const g = communicationStrategyGuide;
      expect(guide).toContain(g.purpose);
      for (const s of g.stages) expect(guide).toContain(`- ${s.stage}: ${s.text}`);
      expect(guide).toContain(g.content);
      expect(guide).toContain(`${g.principlesIntro} ${g.principles.map((p) => `- ${p}`).join(' ')}`);
    });
  });
});
