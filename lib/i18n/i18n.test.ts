import { describe, expect, it } from 'vitest';
import { makeFormat } from './format';
import { negotiateLocale } from './locales';
import { defineMessages, formatMessage, translator } from './messages';

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

describe('formatMessage', () => {
  it('fills variables and plural branches by the language rules', () => {
    const msg = '{name}: {n, plural, =0 {no answers} one {# answer} other {# answers}}';
    expect(formatMessage(msg, 'en', { name: 'Ana', n: 0 })).toBe('Ana: no answers');
    expect(formatMessage(msg, 'en', { name: 'Ana', n: 1 })).toBe('Ana: 1 answer');
    expect(formatMessage(msg, 'en', { name: 'Ana', n: 1200 })).toBe('Ana: 1,200 answers');
    // French counts 0 and 1 as singular ("one"); 1 200 uses a narrow no-break space.
    expect(formatMessage('{n, plural, one {# réponse} other {# réponses}}', 'fr', { n: 1 })).toBe('1 réponse');
    expect(formatMessage('{n, plural, one {# réponse} other {# réponses}}', 'fr', { n: 2 })).toBe('2 réponses');
  });
  it('leaves a missing variable visible rather than printing "undefined"', () => {
    expect(formatMessage('Hello {name}', 'en', {})).toBe('Hello {name}');
  });
});

describe('translator', () => {
  const catalog = defineMessages({
    en: { save: 'Save', hi: 'Hi {name}' },
    fr: { save: 'Enregistrer', hi: 'Bonjour {name}' },
    es: { save: 'Guardar', hi: 'Hola {name}' },
  });
  it('translates into each language', () => {
    expect(translator(catalog, 'fr')('save')).toBe('Enregistrer');
    expect(translator(catalog, 'es')('hi', { name: 'Ana' })).toBe('Hola Ana');
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
