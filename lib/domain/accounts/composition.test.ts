import { describe, expect, it } from 'vitest';
import { workingGroupComposition } from './composition';

const member = (
  role: string,
  gender: string | null = null,
  expertise: string | null = null,
  organisationType: string | null = null,
) => ({
  role,
  gender,
  expertise,
  organisationType,
});

describe('working-group composition', () => {
  it('tallies by role, organisation type, expertise and gender', () => {
    const c = workingGroupComposition([
      member('EF', 'woman'),
      member('IC', 'man', 'Training', 'Customs administration'),
      member('IC', null, 'Training'),
    ]);
    expect(c.total).toBe(3);
    expect(c.byRole).toEqual([
      { label: 'IC', count: 2 },
      { label: 'EF', count: 1 },
    ]);
    expect(c.byExpertise[0]).toEqual({ label: 'Training', count: 2 });
    expect(c.byGender).toContainEqual({ label: 'Not stated', count: 1 });
  });

  it('flags the gaps the guide warns about', () => {
    const c = workingGroupComposition([
      member('EF', 'man'),
      member('IC', 'man', 'Training'),
      member('IC', 'man', 'Training'),
    ]);
    expect(c.gaps.join(' ')).toMatch(/external contributors/);
    expect(c.gaps.join(' ')).toMatch(/senior management/);
    expect(c.gaps.join(' ')).toMatch(/fewer than three/);
    expect(c.gaps.join(' ')).toMatch(/Gender balance/);
  });

  it('has no gaps for a diverse group', () => {
    const c = workingGroupComposition([
      member('EF', 'woman'),
      member('SM', 'man'),
      member('XC', 'woman'),
      member('IC', 'man', 'Training'),
      member('IC', 'woman', 'Legal affairs'),
      member('IC', null, 'Internal audit'),
    ]);
    expect(c.gaps).toEqual([]);
  });
});
