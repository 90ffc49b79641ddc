import { describe, expect, it } from 'vitest';
import { makeFormat } from './format';
import { negotiateLocale } from './locales';
import { translatorOf } from './messages';

describe('negotiateLocale', () => {
  it('picks the highest-weighted supported language, matching regional variants', () => {
    expect(negotiateLocale('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('de-DE,de;q=0.9,es;q=0.5,en;q=0.4')).toBe('es');
    expect(negotiateLocale('en;q=0.2, es;q=0.7')).toBe('es');
  });
  it('falls back to English for missing, unsupported or malformed headers', () => {
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('de, ja')).toBe('en');
    expect(negotiateLocale(';;;q=x,')).toBe('en');
    expect(negotiateLocale('fr;q=0')).toBe('en');
  });
});

describe('messages', () => {
  it('fill variables and plural branches by the language rules', () => {
    const t = translatorOf('en', 'history');
    expect(t('catchUpCount', { n: 1 })).toBe('1 question changed');
    expect(t('catchUpCount', { n: 1200 })).toBe('1,200 questions changed');
    // French counts 0 and 1 as singular ("one").
    expect(translatorOf('fr', 'history')('catchUpCount', { n: 0 })).toBe('0 question modifiée');
    expect(translatorOf('fr', 'history')('catchUpCount', { n: 2 })).toBe('2 questions modifiées');
  });
  it('translate into each language, with variables', () => {
    expect(translatorOf('fr', 'common')('save')).toBe('Enregistrer');
    expect(translatorOf('es', 'history')('versionItem', { when: 'hoy', names: 'Ana' })).toBe('hoy, Ana');
  });
});

describe('makeFormat', () => {
  it('formats dates in the language and time zone', () => {
    const instant = '2026-11-27T23:30:00Z';
    expect(makeFormat('en', 'UTC').date(instant)).toBe('Nov 27, 2026');
    expect(makeFormat('fr', 'Europe/Paris').date(instant)).toBe('28 nov. 2026');
    expect(makeFormat('es', 'UTC').percent(0.42)).toMatch(/^42\s?%$/);
  });
});
