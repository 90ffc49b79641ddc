import { describe, expect, it } from 'vitest';
import { findArea } from '../../idg/checklist';
import { checkTranslation } from './checklist-adaptation';
import { isTitleKey, officialTitlesIn, titleKeys } from './official-titles';

describe('official titles', () => {
  const keys = titleKeys([findArea('automation')!]).map((k) => k.key);

  it('are the area and its numbered sections, keyed as the guide words', () => {
    expect(keys).toEqual(['area.automation', ...['I', 'II', 'III', 'IV', 'V'].map((c) => `section.automation.${c}`)]);
    expect(keys.every(isTitleKey)).toBe(true);
    expect(isTitleKey('automation.1')).toBe(false);
  });

  it('apply in their language only, a regional tag counting as the language', () => {
    const titles = { 'area.automation': 'Automatisation' };
    expect(officialTitlesIn('fr-CA', titles, 'fr')).toBe(titles);
    expect(officialTitlesIn('fr', titles, 'es')).toEqual({});
    expect(officialTitlesIn(null, titles, 'fr')).toEqual({});
  });

  it('may be left blank in a translation, but not named for an area not checked', () => {
    const rows = [
      { key: 'automation.1', translation: 'Un' },
      { key: 'area.automation', translation: ' ' },
      { key: 'section.automation.I', translation: 'Section' },
    ];
    expect(checkTranslation(rows, ['automation.1'], [], keys)).toEqual({
      ok: true,
      texts: { 'automation.1': 'Un', 'section.automation.I': 'Section' },
    });
    const unknown = checkTranslation(
      [...rows, { key: 'area.transparency', translation: 'T' }],
      ['automation.1'],
      [],
      keys,
    );
    expect(unknown).toMatchObject({ ok: false, unknown: ['area.transparency'] });
  });
});
