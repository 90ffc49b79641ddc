import { describe, expect, it } from 'vitest';
import { ZKpiSheetInputSchema } from '../../contracts/plan';
import { annex11Example, blankKpiSheet, missingMandatoryFields } from './kpi-sheet';

describe('KPI metadata sheets', () => {
  it('finds every mandatory field of a blank sheet missing', () => {
    expect(missingMandatoryFields(blankKpiSheet())).toEqual([
      'a) Name of the indicator',
      'b) Description of the indicator',
      'c) Related performance dimension (expected outcome measured)',
      'd) Calculation method (formula/scale and unit)',
      'e) Rationale (relevance)',
      'f) Link to other indicators',
      'h) Source of verification (data source, owner, custodian, steward; primary or secondary)',
      'k) Disaggregation (e.g. by gender, level)',
      'n) Disclosure policy (restricted users / public; detailed or aggregated)',
    ]);
  });

  it('takes the guide’s Annex 11 example as complete and valid', () => {
    const sheet = annex11Example();
    expect(missingMandatoryFields(sheet)).toEqual([]);
    expect(ZKpiSheetInputSchema.safeParse(sheet).success).toBe(true);
  });

  it('refuses unknown fields and typologies', () => {
    expect(ZKpiSheetInputSchema.safeParse({ ...blankKpiSheet(), fields: { colour: 'red' } }).success).toBe(false);
    expect(ZKpiSheetInputSchema.safeParse({ ...blankKpiSheet(), types: ['Vibes'] }).success).toBe(false);
  });
});
