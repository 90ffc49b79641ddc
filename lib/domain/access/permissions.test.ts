import { describe, expect, it } from 'vitest';
import { ACTIONS, assignableRoles, can, canCreateAssessment, type TAction } from './permissions';
import { ROLES, type TRole } from './roles';

// The expected matrix written out in full, so that any change to a role's rights shows here.
const EXPECTED: Record<TRole, TAction[]> = {
  EF: [...ACTIONS],
  LF: [...ACTIONS],
  NCP: [...ACTIONS],
  SM: [
    'assessment.view',
    'members.view',
    'composition.view',
    'checklist.view',
    'comment',
    'plan.adopt',
    'library.view',
    'monitoring.view',
    'monitoring.report',
  ],
  IC: [
    'assessment.view',
    'members.view',
    'composition.view',
    'checklist.view',
    'checklist.answer',
    'comment',
    'vote',
    'plan.edit',
    'library.view',
    'library.add',
    'monitoring.view',
    'monitoring.report',
    'kpi.measure',
  ],
  XC: [
    'assessment.view',
    'members.view',
    'composition.view',
    'checklist.view',
    'checklist.answer',
    'comment',
    'vote',
    'plan.edit',
    'library.view',
    'library.add',
    'monitoring.view',
    'monitoring.report',
  ],
  OBS: ['assessment.view', 'members.view', 'checklist.view', 'library.view', 'monitoring.view'],
};

describe('permission matrix', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[role].includes(action);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
      });
    }
  }

  it('lets only facilitators manage breakout groups', () => {
    for (const role of ROLES) expect(can(role, 'groups.manage')).toBe(['EF', 'LF', 'NCP'].includes(role));
  });

  it('lets only facilitators adapt the checklist', () => {
    for (const role of ROLES) expect(can(role, 'checklist.adapt')).toBe(['EF', 'LF', 'NCP'].includes(role));
  });

  it('lets only facilitators manage the library and surveys', () => {
    for (const role of ROLES) {
      expect(can(role, 'library.manage')).toBe(['EF', 'LF', 'NCP'].includes(role));
      expect(can(role, 'survey.manage')).toBe(['EF', 'LF', 'NCP'].includes(role));
    }
  });

  it('denies every action to a non-member', () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it('lets administrators and facilitators create assessments, nobody else', () => {
    expect(canCreateAssessment(true, [])).toBe(true);
    for (const role of ROLES) expect(canCreateAssessment(false, [role])).toBe(['EF', 'LF', 'NCP'].includes(role));
    expect(canCreateAssessment(false, [])).toBe(false);
  });

  it('keeps local facilitators from appointing external facilitators', () => {
    expect(assignableRoles('EF')).toContain('EF');
    expect(assignableRoles('LF')).not.toContain('EF');
    expect(assignableRoles('IC')).toEqual([]);
    expect(assignableRoles('OBS')).toEqual([]);
  });
});
