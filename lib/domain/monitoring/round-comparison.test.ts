import { describe, expect, it } from 'vitest';
import { compareRounds, evaluationChange, normaliseAnswer, type TRoundAnswer } from './round-comparison';

describe('evaluation change between rounds', () => {
  it('orders action required < needs improvement < in place', () => {
    expect(evaluationChange('action-required', 'in-place')).toBe('improved');
    expect(evaluationChange('in-place', 'needs-improvement')).toBe('worsened');
    expect(evaluationChange('needs-improvement', 'needs-improvement')).toBe('same');
    expect(evaluationChange(null, null)).toBe('same');
  });
  it('calls a move to or from "not applicable" or unset a change, neither better nor worse', () => {
    expect(evaluationChange('not-applicable', 'in-place')).toBe('changed');
    expect(evaluationChange(null, 'action-required')).toBe('changed');
    expect(evaluationChange('in-place', null)).toBe('changed');
  });
});

describe('answer text comparison', () => {
  it('ignores whitespace and Unicode composition differences, not wording', () => {
    expect(normaliseAnswer('  A code of\n\nconduct   exists ')).toBe('A code of conduct exists');
    expect(normaliseAnswer('Caf\u0065\u0301')).toBe(normaliseAnswer('Caf\u00e9'));
    expect(normaliseAnswer('A code exists')).not.toBe(normaliseAnswer('A code exists and is published'));
  });
});

describe('comparing two rounds', () => {
  const questions = [
    { key: 'transparency.1', areaId: 'transparency' },
    { key: 'transparency.2', areaId: 'transparency' },
    { key: 'transparency.3', areaId: 'transparency' },
    { key: 'leadership.1', areaId: 'leadership' },
  ];
  const previous = new Map<string, TRoundAnswer>([
    ['transparency.1', { status: 'action-required', text: 'No rulings are published.' }],
    ['transparency.2', { status: 'in-place', text: 'Yes.' }],
    ['transparency.3', { status: 'needs-improvement', text: 'Partly' }],
  ]);
  const current = new Map<string, TRoundAnswer>([
    ['transparency.1', { status: 'in-place', text: 'All rulings are published online.' }],
    ['transparency.2', { status: 'in-place', text: ' Yes. ' }],
    ['transparency.3', { status: 'action-required', text: 'Partly' }],
    ['leadership.1', { status: 'not-applicable', text: '' }],
  ]);

  it('gives each question its previous and current evaluation and whether the answer changed', () => {
    const { questions: rows } = compareRounds(questions, previous, current);
    expect(rows).toEqual([
      {
        key: 'transparency.1',
        areaId: 'transparency',
        previous: 'action-required',
        current: 'in-place',
        evaluation: 'improved',
        answerChanged: true,
      },
      {
        key: 'transparency.2',
        areaId: 'transparency',
        previous: 'in-place',
        current: 'in-place',
        evaluation: 'same',
        answerChanged: false,
      },
      {
        key: 'transparency.3',
        areaId: 'transparency',
        previous: 'needs-improvement',
        current: 'action-required',
        evaluation: 'worsened',
        answerChanged: false,
      },
      {
        key: 'leadership.1',
        areaId: 'leadership',
        previous: null,
        current: 'not-applicable',
        evaluation: 'changed',
        answerChanged: false,
      },
    ]);
  });

  it('sums each area', () => {
    const { areas } = compareRounds(questions, previous, current);
    expect(areas[0]).toEqual({
      areaId: 'transparency',
      questions: 3,
      improved: 1,
      worsened: 1,
      changed: 0,
      answersChanged: 1,
      previousCounts: { 'in-place': 1, 'needs-improvement': 1, 'action-required': 1, 'not-applicable': 0, unset: 0 },
      currentCounts: { 'in-place': 2, 'needs-improvement': 0, 'action-required': 1, 'not-applicable': 0, unset: 0 },
    });
    expect(areas[1]).toMatchObject({ areaId: 'leadership', questions: 1, changed: 1 });
  });
});
