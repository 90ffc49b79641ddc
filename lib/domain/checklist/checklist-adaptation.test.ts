import { describe, expect, it } from 'vitest';
import { checklistAreas, findArea } from '../../idg/checklist';
import {
  ADDED_MARK,
  addedQuestionKey,
  checkTranslation,
  composeChecklist,
  effectiveAreaQuestions,
  effectiveQuestions,
  isAddedQuestionKey,
  isQuestionKey,
  translationRefusal,
} from './checklist-adaptation';

const transparency = findArea('transparency')!;
const guideKeys = effectiveAreaQuestions(composeChecklist([transparency], [], new Map(), null)[0]!).map((q) => q.key);

describe('effective checklist', () => {
  it('is the guide unchanged without adaptations', () => {
    const [area] = composeChecklist([transparency], [], new Map(), null);
    expect(effectiveAreaQuestions(area!).map((q) => q.text)).toEqual(
      transparency.sections.flatMap((s) => s.questions.map((q) => q.text)),
    );
    expect(area!.hidden).toEqual([]);
    expect(effectiveAreaQuestions(area!).every((q) => !q.added && q.translation === null)).toBe(true);
  });

  it('leaves hidden questions out, with their reason, and adds added ones in a marked last section', () => {
    const hiddenKey = guideKeys[2]!;
    const [area] = composeChecklist(
      [transparency, findArea('automation')!].slice(0, 1),
      [
        { areaId: 'transparency', number: 2, text: 'Second own question?' },
        { areaId: 'transparency', number: 1, text: 'Own question?' },
        { areaId: 'automation', number: 1, text: 'Elsewhere?' },
      ],
      new Map([[hiddenKey, 'Not relevant at land borders']]),
      null,
    );
    const keys = effectiveAreaQuestions(area!).map((q) => q.key);
    expect(keys).not.toContain(hiddenKey);
    expect(keys.length).toBe(guideKeys.length - 1 + 2);
    expect(area!.hidden).toEqual([expect.objectContaining({ key: hiddenKey, reason: 'Not relevant at land borders' })]);
    const last = area!.sections.at(-1)!;
    expect(last.title).toBe(ADDED_MARK);
    expect(last.questions.map((q) => [q.key, q.label, q.added])).toEqual([
      ['transparency.a1', 'A1', true],
      ['transparency.a2', 'A2', true],
    ]);
  });

  it('can hide an added question too, and drops a section left empty', () => {
    const [area] = composeChecklist(
      [transparency],
      [{ areaId: 'transparency', number: 1, text: 'Own?' }],
      new Map([['transparency.a1', 'Duplicate']]),
      null,
    );
    expect(area!.sections.some((s) => s.title === ADDED_MARK)).toBe(false);
    expect(area!.hidden.map((h) => h.key)).toEqual(['transparency.a1']);
  });

  it('carries the translation of each question, English kept', () => {
    const key = guideKeys[0]!;
    const [area] = composeChecklist([transparency], [], new Map(), { [key]: 'Texte traduit' });
    const q = effectiveAreaQuestions(area!)[0]!;
    expect(q.translation).toBe('Texte traduit');
    expect(q.text).toBe(transparency.sections[0]!.questions[0]!.text);
    expect(effectiveAreaQuestions(area!)[1]!.translation).toBeNull();
  });

  it('keys added questions so they never collide with the guide numbers', () => {
    expect(addedQuestionKey('transparency', 3)).toBe('transparency.a3');
    expect(isAddedQuestionKey('transparency.a3')).toBe(true);
    expect(isAddedQuestionKey('transparency.3')).toBe(false);
    const all = effectiveQuestions(composeChecklist(checklistAreas, [], new Map(), null)).map((q) => q.key);
    expect(all.some(isAddedQuestionKey)).toBe(false);
  });

  it('knows a question key: one of the guide, or an added one of a real area', () => {
    expect(isQuestionKey('transparency.20')).toBe(true);
    expect(isQuestionKey('transparency.a1')).toBe(true);
    expect(isQuestionKey('transparency.999')).toBe(false);
    expect(isQuestionKey('no-such-area.a1')).toBe(false);
    expect(isQuestionKey('transparency.a')).toBe(false);
    expect(isQuestionKey('transparency.20; drop')).toBe(false);
  });
});

describe('translation check', () => {
  const rows = (keys: string[]) => keys.map((key) => ({ key, translation: `T ${key}` }));

  it('accepts every key with text', () => {
    const check = checkTranslation(rows(guideKeys), guideKeys);
    expect(check.ok).toBe(true);
    if (check.ok) expect(Object.keys(check.texts)).toHaveLength(guideKeys.length);
  });

  it('names a missing key', () => {
    const check = checkTranslation(rows(guideKeys.slice(1)), guideKeys);
    expect(check).toMatchObject({ ok: false, missing: [guideKeys[0]], unknown: [], empty: [] });
    if (!check.ok) expect(translationRefusal(check)).toContain(guideKeys[0]);
  });

  it('names an unknown key', () => {
    const check = checkTranslation([...rows(guideKeys), { key: 'transparency.999', translation: 'x' }], guideKeys);
    expect(check).toMatchObject({ ok: false, missing: [], unknown: ['transparency.999'] });
    if (!check.ok) expect(translationRefusal(check)).toMatch(/1 key is not in this checklist: transparency\.999/);
  });

  it('names an empty text and a duplicate', () => {
    const withEmpty = rows(guideKeys).map((r, i) => (i === 1 ? { ...r, translation: '   ' } : r));
    const check = checkTranslation([...withEmpty, rows([guideKeys[0]!])[0]!], guideKeys);
    expect(check).toMatchObject({ ok: false, empty: [guideKeys[1]], duplicate: [guideKeys[0]] });
  });

  it('requires added questions and accepts hidden ones as optional', () => {
    const required = [...guideKeys.slice(1), 'transparency.a1'];
    expect(checkTranslation(rows(guideKeys.slice(1)), required, [guideKeys[0]!])).toMatchObject({
      ok: false,
      missing: ['transparency.a1'],
    });
    expect(checkTranslation(rows(required), required, [guideKeys[0]!]).ok).toBe(true);
    expect(checkTranslation(rows([...required, guideKeys[0]!]), required, [guideKeys[0]!]).ok).toBe(true);
  });

  it('lists the first keys and counts the rest when many are missing', () => {
    const check = checkTranslation([], guideKeys);
    if (check.ok) throw new Error('accepted');
    const message = translationRefusal(check, 3);
    expect(message).toContain(
      `${guideKeys.length} question keys are missing: ${guideKeys.slice(0, 3).join(', ')} and ${guideKeys.length - 3} more`,
    );
  });
});
