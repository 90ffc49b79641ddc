import type { TKpiSheetInput } from '../../contracts/plan';
import { kpiMetadataFields } from '../../idg/process';

// An Annex 11 KPI metadata sheet. The fields a–o come from the guide's typed data; field g (type)
// is a multi-select of Annex 10 typologies, the others are text. Baseline, owner, custodian and
// steward are kept apart from the free text of h so that monitoring can use them; so are a
// numeric target and its date, for when field l names no number (the guide's own example says
// "Regional benchmark") and the facilitator states the number it stands for.

/** The text fields of a sheet (every Annex 11 field but g), by field name. */
export const KPI_TEXT_FIELDS = kpiMetadataFields.filter((f) => f.field !== 'types');

/** The mandatory Annex 11 fields a sheet leaves empty, as "a) Name of the indicator". */
export function missingMandatoryFields(sheet: Pick<TKpiSheetInput, 'fields' | 'types'>): string[] {
  return kpiMetadataFields
    .filter((f) => f.mandatory)
    .filter((f) => (f.field === 'types' ? sheet.types.length === 0 : !(sheet.fields[f.field] ?? '').trim()))
    .map((f) => `${f.key}) ${f.title}`);
}

/** The name a sheet is listed under (field a), or a placeholder while it has none. */
export function kpiSheetName(sheet: Pick<TKpiSheetInput, 'fields'>): string {
  return sheet.fields.name?.trim() || 'Untitled KPI';
}

/** A blank sheet. */
export function blankKpiSheet(): TKpiSheetInput {
  return {
    fields: {},
    types: [],
    baselineValue: null,
    baselineDate: null,
    targetNumber: null,
    targetDate: null,
    owner: null,
    custodian: null,
    steward: null,
  };
}

/** The guide's Annex 11 example (WCO Europe Region workshop, 2020), as a starting point. */
export function annex11Example(): TKpiSheetInput {
  return {
    fields: {
      name: 'Integrity (anticorruption) compliance rate',
      description:
        'Annual ratio of corruption cases of Customs officials disclosed during lifestyle audits and overall number of completed lifestyle audits, aiming to assess the effectiveness of the entire measures undertaken by a Customs administration in the field of the prevention of corruption.',
      performanceDimension: 'Advanced level of integrity',
      calculationMethod:
        '#A / #B where #A is the number of corruption cases involving Customs officials disclosed during lifestyle audits and #B is the number of completed lifestyle audits.',
      rationale:
        'Integrity is a pre-requisite for the legitimacy of a Customs administration. The effectiveness of the prevention of corruption should be measured not only by the laws and regulations in place but by the level of compliance with them; a lifestyle audit, as mentioned in the WCO Model Code of Ethics and Conduct, is one control mechanism to assess it.',
      linkedIndicators: 'Staff competency; level of accountability.',
      sourceOfVerification:
        'Administrative records (audit cases are a primary source), displayed in the annual reports.',
      references: 'N/A',
      periodicity: 'Annually',
      disaggregation: 'By position/role; by level (central, regional, local).',
      targetValue: 'Regional benchmark',
      countryExample:
        'Level of corruption (ratio of the number of corruption offences to the average number of employees).',
      disclosurePolicy: 'For internal use only. Aggregated data may be disclosed by WCO Region.',
      otherConsiderations:
        'Measures only one aspect of integrity. The long-run target is zero, but it could be reached by reducing or selecting audits, so use it for monitoring first, with counter KPIs (e.g. surveys of Customs clients). Lifestyle audits may face legal limitations.',
    },
    types: ['Effectiveness', 'Outcome', 'Process', 'Lagging', 'Quantitative'],
    baselineValue: null,
    baselineDate: null,
    targetNumber: null,
    targetDate: null,
    owner: 'Head of Audit Office',
    custodian: 'Mr. X, IT Department',
    steward: 'Ms. W, Audit Office',
  };
}
