import { describe, expect, it } from 'vitest';
import { areaProgress, buildDashboard, type TAreaFacts } from './dashboard';

const transparency: TAreaFacts = {
  areaId: 'transparency',
  label: 'Transparency',
  questions: [
    { key: 'transparency.1', hasText: true, status: 'in-place' },
    { key: 'transparency.2', hasText: false, status: 'action-required' },
    { key: 'transparency.3', hasText: true, status: null },
    { key: 'transparency.4', hasText: true, status: 'action-required' },
  ],
  editorIds: ['ana'],
};
const automation: TAreaFacts = {
  areaId: 'automation',
  label: 'Automation',
  questions: [{ key: 'automation.1', hasText: false, status: null }],
  editorIds: [],
};

describe('dashboard aggregation', () => {
  it('counts answered only with text and an evaluation, and every evaluation', () => {
    const p = areaProgress(transparency);
    expect(p).toMatchObject({ total: 4, answered: 2 });
    expect(p.byStatus).toEqual({
      'in-place': 1,
      'needs-improvement': 0,
      'action-required': 2,
      'not-applicable': 0,
      unassessed: 1,
    });
  });

  it('groups areas, disputed findings and members who have not contributed', () => {
    const d = buildDashboard({
      groups: [
        {
          id: 'g1',
          name: 'Group A',
          areaIds: ['transparency'],
          members: [
            { id: 'ana', name: 'Ana' },
            { id: 'tom', name: 'Tom' },
            { id: 'cat', name: 'Cat' },
          ],
        },
        { id: 'g2', name: 'Group B', areaIds: [], members: [] },
      ],
      areas: [transparency, automation],
      commenterIds: ['cat'],
      disputed: [
        { groupId: 'g1', findingId: 'f1', kind: 'risks', excerpt: 'x', decidedAt: '2026-01-01T00:00:00.000Z' },
      ],
      computedAt: '2026-01-01T00:00:00.000Z',
    });
    const [a, b] = d.groups;
    expect(a!.total).toMatchObject({ total: 4, answered: 2 });
    expect(a!.notYetContributed).toEqual([{ id: 'tom', name: 'Tom' }]);
    expect(a!.disputed.map((x) => x.findingId)).toEqual(['f1']);
    expect(b!.total.total).toBe(0);
    expect(d.unallocated.map((x) => x.areaId)).toEqual(['automation']);
  });
});
