import { describe, expect, it } from 'vitest';
import { gapAnalysis, needsAttention, type TGapQuestion } from './gap-analysis';

const publish = { number: '1.1.1', title: 'Publish rulings', status: 'done' as const, percent: 100 };
const train = { number: '1.1.2', title: 'Train staff', status: 'delayed' as const, percent: 10 };

function q(key: string, previous: TGapQuestion['previous'], current: TGapQuestion['current'], activities = []) {
  return { key, areaId: key.split('.')[0]!, previous, current, activities } as TGapQuestion;
}

describe('gapAnalysis', () => {
  const analysis = gapAnalysis(
    [
      { ...q('transparency.1', 'action-required', 'in-place'), activities: [publish] },
      { ...q('transparency.2', 'needs-improvement', 'action-required'), activities: [publish, train] },
      q('transparency.3', 'action-required', 'needs-improvement'),
      q('transparency.4', 'in-place', 'needs-improvement'),
      q('transparency.5', null, null),
      q('automation.1', 'in-place', 'in-place'),
    ],
    [
      { criterion: 'success', judgement: 'partly' },
      { criterion: 'success', judgement: 'met' },
      { criterion: 'relevance', judgement: 'met' },
    ],
  );

  it('says per area what was found, what the plan did and what remains', () => {
    const [transparency, automation] = analysis.areas;
    expect(transparency).toEqual({
      areaId: 'transparency',
      found: { gaps: 3, inPlace: 1, notEvaluated: 1 },
      activities: [publish, train],
      closed: ['transparency.1'],
      persistingAddressed: ['transparency.2'],
      persistingUnaddressed: ['transparency.3'],
      emerged: ['transparency.4'],
    });
    expect(needsAttention(transparency!)).toBe(true);
    expect(automation!.found).toEqual({ gaps: 0, inPlace: 1, notEvaluated: 0 });
    expect(needsAttention(automation!)).toBe(false);
  });

  it('counts the Part V judgements per criterion', () => {
    expect(analysis.judgements.success).toEqual({ met: 1, partly: 1, 'not-met': 0, 'too-early': 0 });
    expect(analysis.judgements.relevance.met).toBe(1);
    expect(analysis.judgements['cost-effectiveness']).toEqual({ met: 0, partly: 0, 'not-met': 0, 'too-early': 0 });
  });
});
