import { describe, expect, it } from 'vitest';
import {
  addTime,
  clockOffsetMs,
  formatMmSs,
  announcedMinutes,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from './live-timer';

const T0 = Date.parse('2025-03-01T10:00:00.000Z');

describe('the shared countdown', () => {
  it('stores an end instant and computes what is left from it', () => {
    const t = startTimer(T0, 10, 'Breakout');
    expect(t).toEqual({ label: 'Breakout', endsAt: '2025-03-01T10:10:00.000Z', pausedRemainingMs: null });
    expect(remainingMs(t, T0 + 60_000)).toBe(9 * 60_000);
    expect(remainingMs(t, T0 + 11 * 60_000)).toBe(0);
  });

  it('pauses with what is left and resumes from then', () => {
    const paused = pauseTimer(startTimer(T0, 10, 'x'), T0 + 4 * 60_000);
    expect(paused).toEqual({ label: 'x', endsAt: null, pausedRemainingMs: 6 * 60_000 });
    expect(remainingMs(paused, T0 + 60 * 60_000)).toBe(6 * 60_000);
    expect(pauseTimer(paused, T0 + 99_999)).toBe(paused);
    const resumed = resumeTimer(paused, T0 + 20 * 60_000);
    expect(resumed.endsAt).toBe('2025-03-01T10:26:00.000Z');
  });

  it('adds time, restarting an expired timer from now', () => {
    const t = startTimer(T0, 1, 'x');
    expect(addTime(t, 60_000, T0).endsAt).toBe('2025-03-01T10:02:00.000Z');
    expect(addTime(t, 60_000, T0 + 5 * 60_000).endsAt).toBe('2025-03-01T10:06:00.000Z');
    expect(addTime(pauseTimer(t, T0), 30_000, T0).pausedRemainingMs).toBe(90_000);
  });

  it('measures the server clock offset from a round trip', () => {
    expect(clockOffsetMs(1000, 1200, 5100)).toBe(4000);
    expect(clockOffsetMs(1000, 1000, 900)).toBe(-100);
  });

  it('formats mm:ss rounding up, and speaks only at whole minutes', () => {
    expect(formatMmSs(0)).toBe('00:00');
    expect(formatMmSs(59_001)).toBe('01:00');
    expect(formatMmSs(61_000)).toBe('01:01');
    expect(formatMmSs(125 * 60_000)).toBe('125:00');
    expect(announcedMinutes(120_000)).toBe(2);
    expect(announcedMinutes(59_500)).toBe(1);
    expect(announcedMinutes(61_000)).toBeNull();
    expect(announcedMinutes(0)).toBe(0);
  });
});
