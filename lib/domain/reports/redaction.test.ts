import { describe, expect, it } from 'vitest';
import { WITHHELD_NAME, countByRole, mustRedact, nameScrubber } from './redaction';

describe('redaction', () => {
  it('counts people by role instead of naming them', () => {
    expect(countByRole(['IC', 'IC', 'EF', 'OBS', 'IC'])).toBe(
      '3 Internal contributors, 1 External facilitator, 1 Observer',
    );
    expect(countByRole([])).toBe('Nobody recorded');
  });

  it('replaces full names and their parts as whole words only, ignoring case', () => {
    const scrub = nameScrubber(['Ana Pérez', 'Li']);
    expect(scrub('Thanks to ana pérez and PÉREZ; Li said so.')).toBe(
      `Thanks to ${WITHHELD_NAME} and ${WITHHELD_NAME}; ${WITHHELD_NAME} said so.`,
    );
    expect(scrub('Analysis by the Lion team')).toBe('Analysis by the Lion team');
    expect(nameScrubber(['Sam Senior'])('Sam Senior, 1 Senior management')).toBe(
      `${WITHHELD_NAME}, 1 Senior management`,
    );
  });

  it('always redacts for members who may not see sensitive answers', () => {
    expect(mustRedact('IC', false)).toBe(true);
    expect(mustRedact('SM', false)).toBe(false);
    expect(mustRedact('EF', true)).toBe(true);
  });
});
