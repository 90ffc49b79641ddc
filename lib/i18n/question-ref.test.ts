import { describe, expect, it } from 'vitest';
import { findQuestion } from '../idg/checklist';
import { withOfficialTitles } from './guide-words';
import { translatorOf } from './messages';
import { questionRef } from './question-ref';

const en = translatorOf('en', 'domain');
const es = translatorOf('es', 'domain');
const fr = translatorOf('fr', 'domain');
const wordsEn = translatorOf('en', 'guideWords');

describe('questionRef', () => {
  it("names a guide question by its area's title and number, never by its key", () => {
    expect(questionRef(en, wordsEn, 'transparency.3')).toBe('Transparency · Q3');
    expect(questionRef(es, translatorOf('es', 'guideWords'), 'transparency.3')).toBe('Transparencia · P3');
    expect(questionRef(fr, translatorOf('fr', 'guideWords'), 'code-of-conduct.12')).toBe('Code de conduite · Q12');
  });

  it("takes the number from the key, which is the guide's number", () => {
    expect(findQuestion('automation.7')?.number).toBe(7);
    expect(questionRef(en, wordsEn, 'automation.7')).toBe('Automation · Q7');
  });

  it('uses the number an added question carries', () => {
    expect(questionRef(en, wordsEn, 'transparency.a1', '31a')).toBe('Transparency · Q31a');
  });

  it("names the area with the assessment's official title when it has one", () => {
    const words = withOfficialTitles(translatorOf('fr', 'guideWords'), { 'area.transparency': 'Transparence (OMD)' });
    expect(questionRef(fr, words, 'transparency.3')).toBe('Transparence (OMD) · Q3');
  });

  it('falls back to the key for an unknown area', () => {
    expect(questionRef(en, wordsEn, 'nowhere.1')).toBe('nowhere.1');
  });
});
