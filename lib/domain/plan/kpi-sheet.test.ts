import { describe, expect, it } from 'vitest';
import { ZKpiSheetInputSchema } from '../../contracts/plan';
import { kpiMetadataFields, kpiSelectionCriteria, kpiSheetExample } from '../../idg/process';
import { annex11Example, blankKpiSheet, criteriaMet, isBlankKpiSheet, missingMandatoryFields } from './kpi-sheet';

// Annex 11 marks an optional field by "(non-mandatory)" after its title, sometimes printed
// "(non- mandatory)".
const NON_MANDATORY = / \(non- ?mandatory\)$/;

describe('KPI metadata sheets', () => {
  it('lists the fields a to o in the guide’s order', () => {
    expect(kpiMetadataFields.map((f) => f.key).join('')).toBe('abcdefghijklmno');
  });

  it('titles every field exactly as Annex 11 does, mandatory where the annex does not say otherwise', () => {
    expect(kpiSheetExample.rows).toHaveLength(kpiMetadataFields.length);
    kpiSheetExample.rows.forEach((row, i) => {
      const field = kpiMetadataFields[i];
      expect(field?.title, row.heading).toBe(row.heading.replace(NON_MANDATORY, ''));
      expect(field?.mandatory, row.heading).toBe(!NON_MANDATORY.test(row.heading));
      expect(field?.prompt.length, row.heading).toBeGreaterThan(0);
    });
  });

  it('finds every mandatory field of a blank sheet missing', () => {
    expect(missingMandatoryFields(blankKpiSheet())).toEqual([
      'a) Name of the indicator',
      'b) Description of the indicator',
      'c) Related performance dimension',
      'd) Calculation method',
      'e) Rationale (relevance)',
      'f) Link to other indicators',
      'h) Source of verification (SoV)',
      'k) Disaggregation',
      'n) Disclosure policy',
    ]);
  });

  it('takes the guide’s Annex 11 example as complete and valid, entry by entry', () => {
    const sheet = annex11Example();
    expect(missingMandatoryFields(sheet)).toEqual([]);
    expect(ZKpiSheetInputSchema.safeParse(sheet).success).toBe(true);
    expect(sheet.fields.name).toBe('Integrity (anticorruption) compliance rate');
    expect(sheet.fields.targetValue).toBe('Regional benchmark');
    expect(sheet.types).toEqual(['Effectiveness', 'Outcome', 'Process', 'Lagging', 'Quantitative']);
    expect(sheet.owner).toMatch(/^Head of Audit Office/);
    expect(sheet.criteria).toEqual([]);
  });

  it('knows an empty sheet from one with anything in it', () => {
    expect(isBlankKpiSheet(blankKpiSheet())).toBe(true);
    expect(isBlankKpiSheet({ ...blankKpiSheet(), fields: { name: '  ' } })).toBe(true);
    expect(isBlankKpiSheet(annex11Example())).toBe(false);
    expect(isBlankKpiSheet({ ...blankKpiSheet(), criteria: ['clear'] })).toBe(false);
    expect(isBlankKpiSheet({ ...blankKpiSheet(), steward: 'Ms. W' })).toBe(false);
    expect(isBlankKpiSheet({ ...blankKpiSheet(), targetNumber: 0 })).toBe(false);
  });

  it('refuses unknown fields, typologies and criteria', () => {
    expect(ZKpiSheetInputSchema.safeParse({ ...blankKpiSheet(), fields: { colour: 'red' } }).success).toBe(false);
    expect(ZKpiSheetInputSchema.safeParse({ ...blankKpiSheet(), types: ['Vibes'] }).success).toBe(false);
    expect(ZKpiSheetInputSchema.safeParse({ ...blankKpiSheet(), criteria: ['cheap'] }).success).toBe(false);
  });
});

describe('the guide’s quality criteria for selecting KPIs', () => {
  it('are Part III step 3’s ten, in its order', () => {
    expect(kpiSelectionCriteria.map((c) => c.title)).toEqual([
      'relevant',
      'useful for policy making',
      'timely',
      'balanced',
      'cost-effective',
      'attributable',
      'clear',
      'coherent',
      'disaggregated',
      'accurate and reliable',
    ]);
  });

  it('count the criteria a sheet is credited with, of all of them', () => {
    expect(criteriaMet(blankKpiSheet())).toEqual({ met: 0, of: 10 });
    expect(criteriaMet({ criteria: ['relevant', 'clear', 'timely'] })).toEqual({ met: 3, of: 10 });
  });

  it('are optional in a request, so a sheet saved without them credits none', () => {
    const { criteria: _, ...withoutCriteria } = blankKpiSheet();
    expect(ZKpiSheetInputSchema.parse(withoutCriteria).criteria).toEqual([]);
  });
});
