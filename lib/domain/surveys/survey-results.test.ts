import { describe, expect, it } from 'vitest';
import { MIN_GROUP_ANSWERS } from './anonymity';
import { breakdown, kpiMeasure, summarise } from './survey-results';
import type { TSurveyAnswers, TSurveyQuestion } from './survey-schema';

const questions: TSurveyQuestion[] = [
  { id: 'unit', type: 'single', text: 'Unit', required: false, options: ['Ports', 'Airport', 'HQ'], grouping: true },
  { id: 'trust', type: 'scale', text: 'Trust', required: true, points: 5, minLabel: '', maxLabel: '' },
  {
    id: 'seen',
    type: 'multiple',
    text: 'Seen',
    required: false,
    options: ['Gifts', 'Facilitation payments'],
    grouping: false,
  },
  { id: 'say', type: 'text', text: 'Anything else?', required: false },
];
const answer = (unit: number | undefined, trust: number, say?: string): TSurveyAnswers => ({
  ...(unit === undefined ? {} : { unit }),
  trust,
  seen: [0],
  ...(say ? { say } : {}),
});

describe('survey results', () => {
  it('counts scale points and options and sorts free text', () => {
    const r = summarise(questions, [answer(0, 4, 'zeta'), answer(1, 2, 'alpha')]);
    expect(r[1]).toMatchObject({ type: 'scale', answered: 2, counts: [0, 1, 0, 1, 0], mean: 3 });
    expect(r[2]).toMatchObject({ counts: [2, 0] });
    expect(r[3]).toMatchObject({ texts: ['alpha', 'zeta'] });
  });

  it(`hides a group with fewer than ${MIN_GROUP_ANSWERS} answers, and the smallest other one so it cannot be subtracted`, () => {
    const rows = [
      ...Array(7).fill(answer(0, 5)),
      ...Array(5).fill(answer(1, 3)),
      ...Array(2).fill(answer(2, 1)),
    ] as TSurveyAnswers[];
    const b = breakdown(questions, rows, 'unit', 'Not answered')!;
    expect(b.groups.map((g) => [g.label, g.answers, g.hidden])).toEqual([
      ['Ports', 7, false],
      ['Airport', null, true],
      ['HQ', null, true],
    ]);
    const hq = b.groups[2]!;
    expect('results' in hq).toBe(false);
    const ports = b.groups[0]!;
    expect(ports.hidden === false && ports.results.find((x) => x.id === 'trust')).toMatchObject({ mean: 5 });
    // Free text is never broken down.
    expect(ports.hidden === false && ports.results.some((x) => x.type === 'text')).toBe(false);
  });

  it('shows every group of at least the threshold and counts the unanswered as a group', () => {
    const rows = [
      ...Array(5).fill(answer(0, 5)),
      ...Array(5).fill(answer(1, 3)),
      ...Array(5).fill(answer(undefined, 2)),
    ] as TSurveyAnswers[];
    const b = breakdown(questions, rows, 'unit', 'Not answered')!;
    expect(b.groups.filter((g) => !g.hidden).map((g) => g.label)).toEqual(['Ports', 'Airport', 'Not answered']);
  });

  it('refuses to break down by a question that is not a grouping one', () => {
    expect(breakdown(questions, [], 'trust', 'x')).toBeNull();
  });

  it('measures a scale by its mean and a choice by the share choosing the options', () => {
    const rows = [answer(0, 4), answer(0, 5), { trust: 3, seen: [1] }, { trust: 1 }];
    expect(kpiMeasure(questions[1]!, rows, [])).toMatchObject({ value: 3.25, responses: 4 });
    expect(kpiMeasure(questions[2]!, rows, [1])).toMatchObject({ value: 33.3, responses: 3 });
    expect(kpiMeasure(questions[3]!, rows, [])).toBeNull();
  });
});
