import { describe, expect, it } from 'vitest';
import {
  fairestStartTimes,
  formatInZone,
  memberSlot,
  slotComfort,
  slotFairness,
  utcToZonedInputs,
  zoneLabel,
  zoneOffsetMinutes,
  zonedTimeToUtc,
} from './time-zones';

describe('time zones', () => {
  it('formats an instant in the reader’s zone', () => {
    expect(formatInZone('2025-10-14T07:00:00Z', 'Europe/Paris')).toBe('Tue, 14 Oct 2025, 09:00');
    expect(formatInZone('2025-10-14T07:00:00Z', 'Asia/Tokyo')).toBe('Tue, 14 Oct 2025, 16:00');
    expect(formatInZone('2025-10-14T07:00:00Z', 'America/New_York')).toBe('Tue, 14 Oct 2025, 03:00');
    expect(formatInZone('2025-10-14T07:00:00Z', 'Europe/Paris', { hour: undefined, minute: undefined })).toBe(
      'Tue, 14 Oct 2025',
    );
    expect(
      formatInZone('2025-10-14T07:00:00Z', 'Europe/Paris', {
        weekday: undefined,
        day: undefined,
        month: undefined,
        year: undefined,
      }),
    ).toBe('09:00');
    expect(formatInZone('2025-10-14T07:00:00Z', 'Europe/Paris')).toBe('Tue, 14 Oct 2025, 09:00');
    expect(zoneLabel('UTC')).toBe('UTC');
    expect(zoneLabel('America/New_York', '2025-01-10T12:00:00Z')).toMatch(/^America\/New_York \(.+\)$/);
  });

  it('knows offsets on both sides of a daylight-saving change', () => {
    expect(zoneOffsetMinutes(Date.parse('2025-01-15T12:00:00Z'), 'Europe/London')).toBe(0);
    expect(zoneOffsetMinutes(Date.parse('2025-07-15T12:00:00Z'), 'Europe/London')).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2025-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(Date.parse('2025-07-15T12:00:00Z'), 'America/Los_Angeles')).toBe(-420);
  });

  it('converts a wall-clock time in a zone to UTC and back', () => {
    expect(zonedTimeToUtc('2025-10-14', '09:00', 'Europe/Paris')).toBe('2025-10-14T07:00:00.000Z');
    expect(zonedTimeToUtc('2025-01-14', '09:00', 'Europe/Paris')).toBe('2025-01-14T08:00:00.000Z');
    expect(zonedTimeToUtc('2025-06-01', '23:30', 'Pacific/Auckland')).toBe('2025-06-01T11:30:00.000Z');
    expect(utcToZonedInputs('2025-06-01T11:30:00.000Z', 'Pacific/Auckland')).toEqual({
      date: '2025-06-01',
      time: '23:30',
    });
  });

  it('resolves repeated and skipped clock times the way calendars do', () => {
    // 01:30 happens twice in London on 26 October 2025: the earlier (BST) one is meant.
    expect(zonedTimeToUtc('2025-10-26', '01:30', 'Europe/London')).toBe('2025-10-26T00:30:00.000Z');
    // 01:30 never happens in London on 30 March 2025: it reads as 02:30 BST.
    expect(zonedTimeToUtc('2025-03-30', '01:30', 'Europe/London')).toBe('2025-03-30T01:30:00.000Z');
  });

  it('refuses malformed dates and times', () => {
    expect(zonedTimeToUtc('2025-02-30', '09:00', 'UTC')).toBeNull();
    expect(zonedTimeToUtc('2025-02-10', '25:00', 'UTC')).toBeNull();
    expect(zonedTimeToUtc('10/02/2025', '09:00', 'UTC')).toBeNull();
  });

  it('labels a slot good, tolerable or unsociable by the member’s local hours', () => {
    expect(slotComfort(8 * 60)).toBe('good');
    expect(slotComfort(16 * 60, 120)).toBe('good');
    expect(slotComfort(7 * 60 + 30)).toBe('tolerable');
    expect(slotComfort(17 * 60, 120)).toBe('tolerable');
    expect(slotComfort(20 * 60, 60)).toBe('tolerable');
    expect(slotComfort(20 * 60, 90)).toBe('unsociable');
    expect(slotComfort(6 * 60 + 59)).toBe('unsociable');
    expect(slotComfort(23 * 60, 120)).toBe('unsociable');
  });

  it('gives each member their local time for a slot', () => {
    const slot = memberSlot({ name: 'Ana', timeZone: 'Asia/Manila' }, '2025-10-14T07:00:00Z', 90);
    expect(slot).toMatchObject({ localStart: 'Tue 15:00', localEnd: '16:30', comfort: 'good' });
    const late = memberSlot({ name: 'Bo', timeZone: 'Pacific/Auckland' }, '2025-10-14T07:00:00Z', 90);
    expect(late).toMatchObject({ localStart: 'Tue 20:00', localEnd: '21:30', comfort: 'unsociable' });
    const overnight = memberSlot({ name: 'Cy', timeZone: 'America/Los_Angeles' }, '2025-10-14T07:00:00Z', 90);
    expect(overnight).toMatchObject({ localStart: 'Tue 00:00', localEnd: '01:30', comfort: 'unsociable' });
    const pastMidnight = memberSlot({ name: 'Di', timeZone: 'Asia/Tokyo' }, '2025-10-14T14:30:00Z', 60);
    expect(pastMidnight).toMatchObject({ localStart: 'Tue 23:30', localEnd: 'Wed 00:30', comfort: 'unsociable' });
  });

  it('summarises how fair a slot is across members', () => {
    const members = [
      { name: 'Ana', timeZone: 'Europe/Paris' },
      { name: 'Bo', timeZone: 'America/New_York' },
      { name: 'Cy', timeZone: 'Asia/Tokyo' },
    ];
    const f = slotFairness(members, '2025-10-14T11:30:00Z', 60);
    expect(f.counts).toEqual({ good: 1, tolerable: 1, unsociable: 1 });
    expect(f.summary).toBe('Working hours for 1 of 3 members; early or evening for Bo; unsociable for Cy.');
    expect(slotFairness([], '2025-10-14T12:00:00Z', 60).summary).toBe('No members to compare.');
  });

  it('proposes the fairest start times of a day', () => {
    const members = [
      { name: 'Ana', timeZone: 'Europe/Paris' },
      { name: 'Bo', timeZone: 'America/New_York' },
    ];
    const best = fairestStartTimes('2025-10-14', 'Europe/Paris', members, 60);
    expect(best).toHaveLength(3);
    // 14:00 in Paris is 08:00 in New York: the first slot that is working hours for both.
    expect(best[0]).toMatchObject({ time: '14:00', startsAt: '2025-10-14T12:00:00.000Z' });
    expect(best.every((b) => b.fairness.counts.good === 2)).toBe(true);
  });
});
