import { describe, expect, it } from 'vitest';
import { isCurrentTab } from './nav-tabs';

const base = '/assessments/a1';
const tabs = ['', '/report-back', '/report', '/plan', '/priorities'].map((t) => `${base}${t}`);
const current = (pathname: string) => tabs.filter((t) => isCurrentTab(pathname, t, base));

describe('isCurrentTab', () => {
  it('marks only "Report-back" on the report-back page, though "/report" is a prefix of it', () => {
    expect(current(`${base}/report-back`)).toEqual([`${base}/report-back`]);
  });

  it('marks only "Report" on the report page', () => {
    expect(current(`${base}/report`)).toEqual([`${base}/report`]);
  });

  it('keeps a tab current on the pages below it, and with a trailing slash', () => {
    expect(current(`${base}/plan/kpis`)).toEqual([`${base}/plan`]);
    expect(current(`${base}/report/`)).toEqual([`${base}/report`]);
  });

  it('marks the overview only on the assessment itself', () => {
    expect(current(base)).toEqual([base]);
    expect(current(`${base}/priorities`)).toEqual([`${base}/priorities`]);
  });
});
