import { describe, expect, it } from 'vitest';
import { areaQuestions, checklistAreas, checklistQuestions, findQuestion } from './checklist';

describe('the IDG checklist', () => {
  it('has 14 areas with the guide question counts', () => {
    expect(checklistAreas.map((a) => areaQuestions(a).length)).toEqual([
      23, 17, 31, 30, 22, 29, 15, 36, 19, 21, 10, 6, 9, 14,
    ]);
    expect(checklistQuestions).toHaveLength(282);
  });

  it('keeps the guide numbering: Transparency has no question 19', () => {
    expect(findQuestion('transparency.18')).toBeDefined();
    expect(findQuestion('transparency.19')).toBeUndefined();
    expect(findQuestion('transparency.20')).toBeDefined();
  });

  it('keeps the guide footnote under Transparency question 1, numbered 111 as in Annex 3', () => {
    expect(findQuestion('transparency.1')?.footnote).toEqual({
      number: 111,
      text:
        'This unit may be called a communication unit, public relations unit, client communication unit, client ' +
        'interaction unit, press and media unit/centre etc.',
    });
    expect(checklistQuestions.filter((q) => q.footnote)).toHaveLength(1);
  });

  it('gives every question a unique key and every key factor its Declaration statement', () => {
    expect(new Set(checklistQuestions.map((q) => q.key)).size).toBe(282);
    for (const area of checklistAreas) {
      expect(Boolean(area.declarationStatement)).toBe(area.group === 'rad');
    }
  });
});
