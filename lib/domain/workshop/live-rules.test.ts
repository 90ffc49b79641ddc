import { describe, expect, it } from 'vitest';
import { orderHands } from './live-hands';
import {
  MAX_LIVE_PATH_LENGTH,
  areaOfPath,
  breakoutPath,
  isAssessmentPath,
  pageOfPath,
  sectionOfPath,
} from './live-paths';
import { mayLowerHand, mayPresent, mayRunConsole, mayStopFollow } from './live-permissions';
import { followersOf, mergePresence } from './live-presence';

describe('live room rules', () => {
  it('orders hands by when they went up, ties by user id', () => {
    const hands = [
      { userId: 'b', raisedAt: '2025-01-01T10:00:01.000Z' },
      { userId: 'c', raisedAt: '2025-01-01T10:00:00.000Z' },
      { userId: 'a', raisedAt: '2025-01-01T10:00:01.000Z' },
    ];
    expect(orderHands(hands).map((h) => h.userId)).toEqual(['c', 'a', 'b']);
  });

  it('counts a user with two tabs once, where they were last', () => {
    const where = { groupId: null, timeZone: null, following: false };
    const p = mergePresence([
      { userId: 'u1', name: 'Zoe', path: '/a', areaId: null, ...where, since: 1 },
      { userId: 'u2', name: 'Ana', path: null, areaId: null, ...where, since: 5 },
      { userId: 'u1', name: 'Zoe', path: '/b', areaId: 'transparency', ...where, following: true, since: 3 },
    ]);
    expect(p).toEqual([
      { userId: 'u2', name: 'Ana', path: null, areaId: null, ...where },
      { userId: 'u1', name: 'Zoe', path: '/b', areaId: 'transparency', ...where, following: true },
    ]);
  });

  it('counts as followers those who follow, never the leader', () => {
    const one = { path: null, areaId: null, groupId: null, timeZone: null };
    const presence = [
      { userId: 'lead', name: 'Lead', ...one, following: true },
      { userId: 'a', name: 'Ana', ...one, following: true },
      { userId: 'b', name: 'Ben', ...one, following: false },
    ];
    expect(followersOf(presence, 'lead').map((p) => p.userId)).toEqual(['a']);
  });

  it('names the section a path shows', () => {
    expect(sectionOfPath('/assessments/a1', 'a1')).toBe('');
    expect(sectionOfPath('/assessments/a1/checklist/transparency#q-x', 'a1')).toBe('checklist');
    expect(sectionOfPath('/assessments/a1/groups?group=g1', 'a1')).toBe('groups');
    expect(sectionOfPath('/assessments/a2/groups', 'a1')).toBeNull();
  });

  it('only sends people to pages of the same assessment', () => {
    expect(isAssessmentPath('/assessments/a1', 'a1')).toBe(true);
    expect(isAssessmentPath('/assessments/a1/checklist/transparency', 'a1')).toBe(true);
    expect(isAssessmentPath('/assessments/a10/groups', 'a1')).toBe(false);
    expect(isAssessmentPath('/assessments/a1/../a2', 'a1')).toBe(false);
    expect(isAssessmentPath('https://evil.example/assessments/a1', 'a1')).toBe(false);
    expect(areaOfPath('/assessments/a1/checklist/transparency', 'a1')).toBe('transparency');
    expect(areaOfPath('/assessments/a1/checklist/transparency#q-transparency.3', 'a1')).toBe('transparency');
    expect(areaOfPath('/assessments/a1/groups', 'a1')).toBeNull();
  });

  it('lets a presented finding carry its query and fragment', () => {
    const finding = '/assessments/a1/report-back?group=3f2a-9c&x=1#finding-0a1b2c';
    expect(isAssessmentPath(finding, 'a1')).toBe(true);
    expect(isAssessmentPath('/assessments/a1/report-back?group=g1', 'a1')).toBe(true);
    expect(isAssessmentPath('/assessments/a1/checklist/transparency#q-transparency.20', 'a1')).toBe(true);
    expect(pageOfPath(finding)).toBe('/assessments/a1/report-back');
  });

  it('refuses other assessments, other origins and encoded tricks, in the query and fragment too', () => {
    for (const path of [
      '/assessments/a2/report-back?group=g1#finding-f1',
      '/assessments/a10?group=g1',
      '/assessments/a1?group=g1/../../a2',
      '//evil.example/assessments/a1',
      '/\\evil.example/assessments/a1',
      '/assessments/a1//evil.example',
      '/assessments/a1/\\evil.example',
      '/assessments/a1/%2e%2e/a2',
      '/assessments/a1/..%2Fa2',
      '/assessments/a1?next=%2F%2Fevil.example',
      '/assessments/a1?next=https://evil.example',
      '/assessments/a1?next=//evil.example',
      '/assessments/a1#//evil.example',
      '/assessments/a1#\\evil',
      '/assessments/a1#finding-1#again',
      '/assessments/a1?a=1?b=2',
      '/assessments/a1?x=<script>',
      '/assessments/a1#x y',
      '/assessments/a1#x\ny',
      '/assessments/a1/report-back\n?group=g1',
      '/assessments/a1?@evil.example',
      'javascript:alert(1)//assessments/a1',
      ' /assessments/a1',
      `/assessments/a1#${'f'.repeat(MAX_LIVE_PATH_LENGTH)}`,
    ]) {
      expect(isAssessmentPath(path, 'a1'), path).toBe(false);
    }
  });

  it('sends breakout members to their group’s first area, others to the groups page', () => {
    const groups = [
      { memberIds: ['ana'], areaIds: ['transparency', 'automation'] },
      { memberIds: ['ben'], areaIds: [] },
    ];
    expect(breakoutPath('a1', groups, 'ana')).toBe('/assessments/a1/checklist/transparency');
    expect(breakoutPath('a1', groups, 'ben')).toBe('/assessments/a1/groups');
    expect(breakoutPath('a1', groups, 'obs')).toBe('/assessments/a1/groups');
  });

  it('lets facilitators run the console and the spotlighted rapporteur present', () => {
    expect(['EF', 'LF', 'NCP', 'SM', 'IC', 'XC', 'OBS'].filter((r) => mayRunConsole(r as 'EF'))).toEqual([
      'EF',
      'LF',
      'NCP',
    ]);
    expect(mayPresent('IC', 'ana', 'ana')).toBe(true);
    expect(mayPresent('IC', 'ana', 'ben')).toBe(false);
    expect(mayPresent('IC', 'ana', null)).toBe(false);
    expect(mayPresent('LF', 'luis', null)).toBe(true);
    expect(mayStopFollow('IC', 'ana', 'ana')).toBe(true);
    expect(mayStopFollow('IC', 'ana', 'fatima')).toBe(false);
    expect(mayLowerHand('IC', 'ana', 'ana')).toBe(true);
    expect(mayLowerHand('IC', 'ana', 'ben')).toBe(false);
    expect(mayLowerHand('NCP', 'n', 'ben')).toBe(true);
  });
});
