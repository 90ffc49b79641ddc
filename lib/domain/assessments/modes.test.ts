import { describe, expect, it } from 'vitest';
import { assessmentSteps } from '../../idg/process';
import {
  creatorRoleOf,
  activityApplies,
  mayChangeMode,
  mayRunConcurrently,
  modeChange,
  responsibleIn,
  responsibleRoles,
  stepProgress,
} from './modes';

const activity = (code: string) => assessmentSteps.flatMap((s) => s.activities).find((a) => a.code === code)!;
const notApplicableIn = (mode: 1 | 2 | 3, concurrent = false) =>
  assessmentSteps
    .flatMap((s) => s.activities)
    .filter((a) => !activityApplies(a, { mode, concurrent }))
    .map((a) => a.code);

describe('the assessment modes (Annex 4)', () => {
  it('marks the guide’s N/A activities as not applicable in each mode', () => {
    expect(notApplicableIn(1)).toEqual(['2.4', '2.5', '4.3']);
    expect(notApplicableIn(2)).toEqual(['5.5']);
    expect(notApplicableIn(3)).toEqual(['2.1', '2.4', '2.5', '4.1', '4.2', '4.3']);
  });

  it('runs facilitated modes together where the guide allows it, and nothing is then N/A', () => {
    expect([mayRunConcurrently(1), mayRunConcurrently(2), mayRunConcurrently(3)]).toEqual([true, true, false]);
    expect(notApplicableIn(1, true)).toEqual([]);
    expect(notApplicableIn(2, true)).toEqual([]);
    // The other method lends its responsible where the assessment's own mode has none.
    expect(responsibleIn(activity('2.4'), { mode: 1, concurrent: true })).toBe('LF & EF');
    expect(responsibleIn(activity('5.5'), { mode: 2, concurrent: true })).toBe('EF & LF');
    expect(responsibleIn(activity('3.3'), { mode: 1, concurrent: true })).toBe('EF');
  });

  it('reads the roles an activity’s responsible names, the working group being its contributors', () => {
    expect(responsibleRoles('NCP/LF& EF')).toEqual(['EF', 'LF', 'NCP']);
    expect(responsibleRoles('SM of both sides & LF &EF')).toEqual(['EF', 'LF', 'SM']);
    expect(responsibleRoles('LF and WG')).toEqual(['LF', 'IC', 'XC']);
    expect(responsibleRoles('LF with remote guidance of EF')).toEqual(['EF', 'LF']);
    expect(responsibleRoles('N/A')).toEqual([]);
    expect(responsibleRoles(null)).toEqual(['EF', 'LF', 'NCP', 'SM', 'IC', 'XC']);
  });

  it('changes the mode only while preparing', () => {
    expect(mayChangeMode('prepare')).toBe(true);
    expect(mayChangeMode('assessment')).toBe(false);
    expect(mayChangeMode('implementation')).toBe(false);
  });

  it('tells what a change of mode does before it is made', () => {
    const toSelf = modeChange({ mode: 2, concurrent: false }, { mode: 3, concurrent: false });
    expect(toSelf.notApplicable).toEqual(['2.1', '2.4', '2.5', '4.1', '4.2', '4.3']);
    expect(toSelf.applicable).toEqual(['5.5']);
    expect(toSelf.responsible).toContainEqual({ code: '3.3', from: 'LF with remote guidance of EF', to: 'LF' });
    expect(toSelf.practices).toEqual({ from: 6, to: 7 });
    expect(toSelf.setsUpSelfAssessment).toBe(true);

    const back = modeChange({ mode: 3, concurrent: false }, { mode: 1, concurrent: false });
    expect(back.applicable).toEqual(['2.1', '4.1', '4.2']);
    expect(back.setsUpSelfAssessment).toBe(false);
    expect(modeChange({ mode: 1, concurrent: false }, { mode: 1, concurrent: false })).toMatchObject({
      notApplicable: [],
      applicable: [],
      responsible: [],
    });
  });

  it('makes the creator of a self-assessment its local facilitator: it needs no external one', () => {
    expect(creatorRoleOf(3)).toBe('LF');
    expect(creatorRoleOf(1)).toBe('EF');
    expect(creatorRoleOf(2)).toBe('EF');
  });

  it('counts a step’s progress over the activities that apply', () => {
    expect(
      stepProgress([
        { applies: true, status: 'done' },
        { applies: true, status: 'to-do' },
        { applies: false, status: 'not-applicable' },
        { applies: true, status: 'not-applicable' },
      ]),
    ).toEqual({ done: 2, total: 3 });
  });
});
