import { describe, expect, it } from 'vitest';
import { p99ByMinute } from './load-stats';

const ramp = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

describe('p99ByMinute', () => {
  it("takes each minute's samples from every thread, in the order taken", () => {
    // Minute 1: 1..100 in one thread and 101..200 in the other; minute 2: 1,001..1,100 and 1,101..1,200.
    const a = { latencies: Float64Array.from([...ramp(1, 100), ...ramp(1001, 100)]), minuteMarks: [100, 200] };
    const b = { latencies: Float64Array.from([...ramp(101, 100), ...ramp(1101, 100)]), minuteMarks: [100, 200] };
    expect(p99ByMinute([a, b])).toEqual([199, 1199]);
  });

  it('leaves out a minute not yet over in every thread, and answers nothing without samples', () => {
    const a = { latencies: Float64Array.from(ramp(1, 300)), minuteMarks: [100, 200] };
    const b = { latencies: Float64Array.from(ramp(1, 50)), minuteMarks: [50] };
    expect(p99ByMinute([a, b])).toHaveLength(1);
    expect(p99ByMinute([])).toEqual([]);
  });
});
