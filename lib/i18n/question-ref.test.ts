import { describe, expect, it } from 'vitest';
import { translatorOf } from './messages';
import { questionRef } from './question-ref';

const en = translatorOf('en', 'domain');
const es = translatorOf('es', 'domain');

describe('questionRef', () => {
  it("names a guide question by its area's title and number, never by its key", () => {
    expect(questionRef(en, 'transparency.3')).toBe('Transparency · Q3');
    expect(questionRef(es, 'transparency.3')).toBe('Transparency · P3');
  });

  it('uses the number an added question carries', () => {
    expect(questionRef(en, 'transparency.a1', '31a')).toBe('Transparency · Q31a');
  });

  it('falls back to the key for an unknown area', () => {
    expect(questionRef(en, 'nowhere.1')).toBe('nowhere.1');
  });
});
