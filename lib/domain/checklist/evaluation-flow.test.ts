import { describe, expect, it } from 'vitest';
import { evaluationOf } from './evaluation-flow';

describe('evaluationOf', () => {
  it('leads from existing measures and their effectiveness to the evaluation', () => {
    expect(evaluationOf('exist', 'yes')).toBe('in-place');
    expect(evaluationOf('exist', 'partly')).toBe('needs-improvement');
    expect(evaluationOf('none', null)).toBe('action-required');
    expect(evaluationOf('not-applicable', null)).toBe('not-applicable');
  });
  it('waits for the effectiveness when measures exist, and ignores it when none do', () => {
    expect(evaluationOf('exist', null)).toBeNull();
    expect(evaluationOf(null, null)).toBeNull();
    expect(evaluationOf('none', 'yes')).toBe('action-required');
  });
});
