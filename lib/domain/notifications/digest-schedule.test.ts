import { describe, expect, it } from 'vitest';
import { dayBeforeMorning, dueDigestMorning } from './digest-schedule';

describe('the morning digest', () => {
  it('is due from 08:00 in the recipient’s zone, not the server’s', () => {
    // 23:30 UTC on 6 December is 07:30 on 7 December in Manila (UTC+8): not yet.
    expect(dueDigestMorning(Date.parse('2026-12-06T23:30:00Z'), 'Asia/Manila')).toBeNull();
    // 00:00 UTC is 08:00 in Manila: due, named by Manila's date.
    expect(dueDigestMorning(Date.parse('2026-12-07T00:00:00Z'), 'Asia/Manila')).toEqual({
      date: '2026-12-07',
      at: '2026-12-07T00:00:00.000Z',
    });
    // At that instant it is 01:00 in Brussels: Brussels waits for its own 08:00 (07:00 UTC).
    expect(dueDigestMorning(Date.parse('2026-12-07T00:00:00Z'), 'Europe/Brussels')).toBeNull();
    expect(dueDigestMorning(Date.parse('2026-12-07T07:00:00Z'), 'Europe/Brussels')?.date).toBe('2026-12-07');
  });

  it('follows daylight saving time', () => {
    // New York is UTC-4 in July: 08:00 there is 12:00 UTC.
    expect(dueDigestMorning(Date.parse('2026-07-01T11:59:00Z'), 'America/New_York')).toBeNull();
    expect(dueDigestMorning(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')?.at).toBe(
      '2026-07-01T12:00:00.000Z',
    );
  });

  it('reminds of a due date at 08:00 the day before, in the person’s zone', () => {
    expect(dayBeforeMorning('2026-12-10', 'Asia/Manila')).toBe('2026-12-09T00:00:00.000Z');
    expect(dayBeforeMorning('2026-12-10', 'Europe/Brussels')).toBe('2026-12-09T07:00:00.000Z');
    expect(dayBeforeMorning('not a date', 'UTC')).toBeNull();
  });
});
