import { describe, expect, it } from 'vitest';
import { answerHref, findingHref, isCitableKey, mayWriteFindings } from './findings-rules';

describe('findings rules', () => {
  it('lets facilitators and answering group members write, others read', () => {
    expect(mayWriteFindings('EF', false)).toBe(true);
    expect(mayWriteFindings('IC', true)).toBe(true);
    expect(mayWriteFindings('XC', true)).toBe(true);
    expect(mayWriteFindings('IC', false)).toBe(false);
    expect(mayWriteFindings('OBS', true)).toBe(false);
    expect(mayWriteFindings('SM', false)).toBe(false);
  });
  it('cites only known questions of the group areas', () => {
    const known = (k: string) => ['transparency.20', 'automation.1'].includes(k);
    expect(isCitableKey('transparency.20', ['transparency'], known)).toBe(true);
    expect(isCitableKey('automation.1', ['transparency'], known)).toBe(false);
    expect(isCitableKey('transparency.999', ['transparency'], known)).toBe(false);
    // A question the administration added is known to the assessment, not to the guide.
    const withAdded = (k: string) => known(k) || k === 'transparency.a1';
    expect(isCitableKey('transparency.a1', ['transparency'], withAdded)).toBe(true);
    expect(isCitableKey('transparency.a99', ['transparency'], withAdded)).toBe(false);
  });
  it('links to answers and findings', () => {
    expect(answerHref('a1', 'transparency.20')).toBe('/assessments/a1/checklist/transparency#q-transparency.20');
    expect(findingHref('a1', 'g1', 'f1')).toBe('/assessments/a1/report-back?group=g1#finding-f1');
  });
});
