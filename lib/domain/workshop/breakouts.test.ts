import { describe, expect, it } from 'vitest';
import { areaQuestions, checklistAreas, isAreaId } from '../../idg/checklist';
import { contributorExpertiseAreas } from '../../idg/process';
import {
  canEditArea,
  EXPERTISE_AREAS,
  expertiseMatches,
  suggestAllocation,
  unallocatedAreas,
  type TAreaEditContext,
} from './breakouts';
import { ROLES, type TRole } from '../access/roles';

const none = new Set<string>();
const ctx = (over: Partial<TAreaEditContext> = {}): TAreaEditContext => ({
  hasGroups: true,
  groupAreas: none,
  locked: none,
  ...over,
});
const allAreas = checklistAreas.map((a) => ({ id: a.id, questions: areaQuestions(a).length }));

describe('canEditArea', () => {
  // Every role in every situation, written out so that a change of rule shows here.
  const situations: { name: string; ctx: TAreaEditContext; expected: Record<TRole, boolean> }[] = [
    {
      name: 'no groups yet',
      ctx: ctx({ hasGroups: false }),
      expected: { EF: true, LF: true, NCP: true, SM: false, IC: true, XC: false, OBS: false },
    },
    {
      name: 'no groups yet, area locked',
      ctx: ctx({ hasGroups: false, locked: new Set(['transparency']) }),
      expected: { EF: true, LF: true, NCP: true, SM: false, IC: false, XC: false, OBS: false },
    },
    {
      name: 'groups exist, area is their group’s',
      ctx: ctx({ groupAreas: new Set(['transparency']) }),
      expected: { EF: true, LF: true, NCP: true, SM: false, IC: true, XC: true, OBS: false },
    },
    {
      name: 'groups exist, area is another group’s',
      ctx: ctx({ groupAreas: new Set(['automation']) }),
      expected: { EF: true, LF: true, NCP: true, SM: false, IC: false, XC: false, OBS: false },
    },
    {
      name: 'groups exist, member in no group',
      ctx: ctx(),
      expected: { EF: true, LF: true, NCP: true, SM: false, IC: false, XC: false, OBS: false },
    },
    {
      name: 'their group’s area, locked',
      ctx: ctx({ groupAreas: new Set(['transparency']), locked: new Set(['transparency']) }),
      expected: { EF: true, LF: true, NCP: true, SM: false, IC: false, XC: false, OBS: false },
    },
    {
      name: 'their group’s area, another area locked',
      ctx: ctx({ groupAreas: new Set(['transparency']), locked: new Set(['automation']) }),
      expected: { EF: true, LF: true, NCP: true, SM: false, IC: true, XC: true, OBS: false },
    },
  ];
  for (const s of situations) {
    for (const role of ROLES) {
      it(`${s.name}: ${role} ${s.expected[role] ? 'may' : 'may not'} edit transparency`, () => {
        expect(canEditArea(role, 'transparency', s.ctx)).toBe(s.expected[role]);
      });
    }
  }
});

describe('expertise mapping', () => {
  it('maps only the guide’s areas of expertise, to real areas', () => {
    for (const [expertise, areas] of Object.entries(EXPERTISE_AREAS)) {
      expect(contributorExpertiseAreas).toContain(expertise);
      for (const a of areas) expect(isAreaId(a)).toBe(true);
    }
  });

  it('covers every area of expertise the guide lists', () => {
    expect(Object.keys(EXPERTISE_AREAS).sort()).toEqual([...contributorExpertiseAreas].sort());
  });

  it('matches by expertise, and never on none', () => {
    expect(expertiseMatches('Information technology', 'automation')).toBe(true);
    expect(expertiseMatches('Human resources', 'human-resource-management')).toBe(true);
    expect(expertiseMatches('Information technology', 'transparency')).toBe(false);
    expect(expertiseMatches(null, 'automation')).toBe(false);
    expect(expertiseMatches('Astrology', 'automation')).toBe(false);
  });
});

describe('suggestAllocation', () => {
  const groups = (n: number, expertise: (string | null)[][] = []) =>
    Array.from({ length: n }, (_, i) => ({ id: `g${i + 1}`, expertise: expertise[i] ?? [] }));
  const spread = (totals: { questions: number }[]) =>
    Math.max(...totals.map((t) => t.questions)) - Math.min(...totals.map((t) => t.questions));
  const largest = Math.max(...allAreas.map((a) => a.questions));

  it('places every area exactly once, in the order given, and totals add up', () => {
    const s = suggestAllocation(allAreas, groups(3));
    expect(s.placements.map((p) => p.areaId)).toEqual(allAreas.map((a) => a.id));
    expect(s.totals.map((t) => t.groupId)).toEqual(['g1', 'g2', 'g3']);
    expect(s.totals.reduce((n, t) => n + t.questions, 0)).toBe(allAreas.reduce((n, a) => n + a.questions, 0));
    expect(s.totals.reduce((n, t) => n + t.areas, 0)).toBe(allAreas.length);
    for (const t of s.totals) {
      const held = s.placements
        .filter((p) => p.groupId === t.groupId)
        .map((p) => allAreas.find((a) => a.id === p.areaId)!.questions);
      expect(held.reduce((n, q) => n + q, 0)).toBe(t.questions);
    }
  });

  it('balances by question count, largest first into the lightest group', () => {
    const areas = [
      { id: 'a', questions: 5 },
      { id: 'b', questions: 9 },
      { id: 'c', questions: 4 },
      { id: 'd', questions: 6 },
    ];
    const s = suggestAllocation(areas, groups(2));
    // b(9)->g1, d(6)->g2, a(5)->g2, c(4)->g1: 13 and 11.
    expect(s.placements).toEqual([
      { areaId: 'a', groupId: 'g2', byExpertise: false },
      { areaId: 'b', groupId: 'g1', byExpertise: false },
      { areaId: 'c', groupId: 'g1', byExpertise: false },
      { areaId: 'd', groupId: 'g2', byExpertise: false },
    ]);
    expect(s.totals).toEqual([
      { groupId: 'g1', questions: 13, areas: 2 },
      { groupId: 'g2', questions: 11, areas: 2 },
    ]);
  });

  it('is deterministic: the same input gives the same answer, ties to the earlier group', () => {
    const a = suggestAllocation(allAreas, groups(4, [['Human resources'], ['Information technology']]));
    const b = suggestAllocation(allAreas, groups(4, [['Human resources'], ['Information technology']]));
    expect(a).toEqual(b);
    const tie = suggestAllocation([{ id: 'x', questions: 3 }], groups(3));
    expect(tie.placements[0]!.groupId).toBe('g1');
  });

  it('keeps the spread within the largest area for every number of groups, with and without expertise', () => {
    const mixes: (string | null)[][][] = [
      [],
      [['Human resources', 'Training'], ['Information technology'], [null]],
      [['External communication and public relations', 'Client service', 'Legal affairs']],
    ];
    for (let n = 1; n <= 6; n++) {
      for (const mix of mixes) {
        const s = suggestAllocation(allAreas, groups(n, mix));
        expect(spread(s.totals)).toBeLessThanOrEqual(largest);
      }
    }
  });

  it('nudges an area to a group whose member has the matching expertise', () => {
    const hr = allAreas.find((a) => a.id === 'human-resource-management')!;
    const auto = allAreas.find((a) => a.id === 'automation')!;
    // Without expertise the largest area (HRM) goes to the first group.
    expect(suggestAllocation([hr, auto], groups(2)).placements[0]!.groupId).toBe('g1');
    const s = suggestAllocation([hr, auto], groups(2, [['Information technology'], ['Human resources']]));
    expect(s.placements).toEqual([
      { areaId: 'human-resource-management', groupId: 'g2', byExpertise: true },
      { areaId: 'automation', groupId: 'g1', byExpertise: true },
    ]);
  });

  it('gives up the nudge rather than unbalance the totals beyond the largest area', () => {
    // Every area matches the one expert group; balance must still send most elsewhere.
    const areas = [
      { id: 'automation', questions: 10 },
      { id: 'customs-to-customs', questions: 10 },
      { id: 'private-sector', questions: 10 },
      { id: 'audit-investigation', questions: 10 },
    ];
    const s = suggestAllocation(areas, groups(2, [[], ['Customs operations', 'Risk management']]));
    expect(s.totals.map((t) => t.questions)).toEqual([20, 20]);
    expect(s.placements.filter((p) => p.byExpertise).length).toBeGreaterThan(0);
    expect(s.placements.filter((p) => !p.byExpertise).length).toBeGreaterThan(0);
  });

  it('suggests nothing without groups, and everything to a single group', () => {
    expect(suggestAllocation(allAreas, [])).toEqual({ placements: [], totals: [] });
    const one = suggestAllocation(allAreas, groups(1));
    expect(new Set(one.placements.map((p) => p.groupId))).toEqual(new Set(['g1']));
    expect(suggestAllocation([], groups(2)).totals).toEqual([
      { groupId: 'g1', questions: 0, areas: 0 },
      { groupId: 'g2', questions: 0, areas: 0 },
    ]);
  });
});

describe('unallocatedAreas', () => {
  it('lists the scope’s areas without a group, in scope order', () => {
    const scope = ['leadership-commitment', 'transparency', 'automation', 'gender-diversity'];
    expect(unallocatedAreas(scope, new Map([['transparency', 'g1']]))).toEqual([
      'leadership-commitment',
      'automation',
      'gender-diversity',
    ]);
    expect(unallocatedAreas(scope, new Map())).toEqual(scope);
    expect(unallocatedAreas(scope, new Map(scope.map((a) => [a, 'g1'])))).toEqual([]);
    // An allocation outside the scope does not count as covering anything.
    expect(unallocatedAreas(['automation'], new Map([['transparency', 'g1']]))).toEqual(['automation']);
  });
});
