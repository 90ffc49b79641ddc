import { describe, expect, it } from 'vitest';
import { hasDeadline, hasMeasurableTarget, smartCheck } from './smart-check';

const codes = (text: string) => smartCheck(text).map((a) => a.code);

describe('smartCheck', () => {
  it('passes the guide’s own example', () => {
    expect(codes('100% of staff will have attended training on ethics and good governance by the end of 2022')).toEqual(
      [],
    );
  });

  it('flags a vague objective with neither measure nor deadline', () => {
    expect(codes('Improve integrity awareness')).toEqual(['no-target', 'no-deadline', 'vague-verb']);
  });

  it('accepts a vague verb once a measure says how much', () => {
    expect(codes('Improve the clearance time by 20% by Q4 2027')).toEqual([]);
  });

  it('does not take a year for a target', () => {
    expect(hasMeasurableTarget('Publish the code of conduct by 2027')).toBe(false);
    expect(codes('Strengthen the code of conduct by 2027')).toEqual(['no-target', 'vague-verb']);
  });

  it('recognises quarters, months, dates and periods as deadlines', () => {
    for (const t of ['by Q1 2027', 'before March', 'by 31/12/2026', 'within six months', 'reviewed annually'])
      expect(hasDeadline(t)).toBe(true);
    expect(hasDeadline('all officers trained')).toBe(false);
  });

  it('flags a missing deadline alone', () => {
    expect(codes('All officers sign the declaration of assets')).toEqual(['no-deadline']);
  });

  it('says nothing about an empty objective', () => {
    expect(smartCheck('   ')).toEqual([]);
  });
});
