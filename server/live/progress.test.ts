import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgressNotifier } from './progress';

describe('the groups’ progress signal', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the room once per burst of edits, after they are persisted, and only for areas and groups', () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const changed = createProgressNotifier((assessmentId) => sent.push(assessmentId));
    for (let i = 0; i < 20; i++) changed('assessment.a1.factor.transparency');
    changed('assessment.a1.group.g1');
    changed('assessment.a2.plan');
    changed('not a document');
    vi.advanceTimersByTime(999);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['a1']);
    // Further edits within the interval: one more signal, at its end.
    changed('assessment.a1.group.g1');
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual(['a1', 'a1']);
  });
});
