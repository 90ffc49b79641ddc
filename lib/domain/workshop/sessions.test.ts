import { describe, expect, it } from 'vitest';
import { sessionPhase } from './session-phase';
import { agendaItemReference, agendaText } from './sessions';

describe('workshop sessions', () => {
  const session = { startsAt: '2025-10-14T09:00:00.000Z', durationMinutes: 60 };
  const at = (iso: string) => new Date(iso);

  it('runs from 15 minutes before its start to its end', () => {
    expect(sessionPhase(session, at('2025-10-14T08:44:59Z'))).toBe('upcoming');
    expect(sessionPhase(session, at('2025-10-14T08:45:00Z'))).toBe('running');
    expect(sessionPhase(session, at('2025-10-14T10:00:00Z'))).toBe('running');
    expect(sessionPhase(session, at('2025-10-14T10:00:01Z'))).toBe('past');
  });

  it('names what an agenda item refers to in the guide', () => {
    expect(agendaItemReference({ title: 'x', activityCode: '5.3', areaId: 'transparency' })).toMatch(
      /^Annex 4 activity 5\.3 · .+Transparency$/,
    );
    expect(agendaItemReference({ title: 'x' })).toBeNull();
    expect(agendaText([])).toBe('No agenda yet.');
    expect(agendaText([{ title: 'Welcome' }, { title: 'Briefing', activityCode: '2.5' }])).toBe(
      'Agenda:\n1. Welcome\n2. Briefing (Annex 4 activity 2.5)',
    );
  });

  it('writes the agenda with each item’s time and names the zone', () => {
    expect(
      agendaText([{ title: 'Welcome' }, { title: 'Group work' }], {
        zone: 'Europe/Brussels',
        ofItem: ['09:00–09:15', '09:15–10:10'],
      }),
    ).toBe('Agenda (times in Europe/Brussels):\n1. 09:00–09:15 Welcome\n2. 09:15–10:10 Group work');
  });
});
