import type { TKpiSheetInput } from '../../contracts/plan';
import { type TKpiMetadataField, kpiMetadataFields, kpiSelectionCriteria, kpiSheetExample } from '../../idg/process';

// An Annex 11 KPI metadata sheet. The fields a–o come from the guide's typed data; field g (type)
// is a multi-select of Annex 10 typologies, the others are text. Baseline, owner, custodian and
// steward are kept apart from the free text of h so that monitoring can use them; so are a
// numeric target and its date, for when field l names no number (the guide's own example says
// "Regional benchmark") and the facilitator states the number it stands for.

/** The text fields of a sheet (every Annex 11 field but g), by field name. */
export const KPI_TEXT_FIELDS = kpiMetadataFields.filter((f) => f.field !== 'types');

/**
 * The mandatory Annex 11 fields a sheet leaves empty, as "a) Name of the indicator"; `titleOf`
 * names a field in the member's language where the interface shows them.
 */
export function missingMandatoryFields(
  sheet: Pick<TKpiSheetInput, 'fields' | 'types'>,
  titleOf: (field: TKpiMetadataField) => string = (f) => f.title,
): string[] {
  return kpiMetadataFields
    .filter((f) => f.mandatory)
    .filter((f) => (f.field === 'types' ? sheet.types.length === 0 : !(sheet.fields[f.field] ?? '').trim()))
    .map((f) => `${f.key}) ${titleOf(f)}`);
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
    criteria: [],
    baselineValue: null,
    baselineDate: null,
    targetNumber: null,
    targetDate: null,
    owner: null,
    custodian: null,
    steward: null,
  };
}

/** Whether a sheet holds nothing yet, so that the guide's example may fill it without overwriting anyone's words. */
export function isBlankKpiSheet(sheet: TKpiSheetInput): boolean {
  const { baselineValue, baselineDate, targetDate, owner, custodian, steward } = sheet;
  return (
    Object.values(sheet.fields).every((v) => !v.trim()) &&
    sheet.types.length === 0 &&
    sheet.criteria.length === 0 &&
    sheet.targetNumber === null &&
    [baselineValue, baselineDate, targetDate, owner, custodian, steward].every((v) => !v)
  );
}

/** How many of the guide's KPI selection criteria a sheet is credited with, of how many. */
export function criteriaMet(sheet: Pick<TKpiSheetInput, 'criteria'>): { met: number; of: number } {
  return {
    met: kpiSelectionCriteria.filter((c) => sheet.criteria.includes(c.id)).length,
    of: kpiSelectionCriteria.length,
  };
}

/**
 * The guide's Annex 11 example (WCO Europe Region workshop, 2020), as a starting point: each
 * field's entry as the guide prints it, row by row, with the typologies of row g ticked and the
 * owner, custodian and steward that row h names kept apart as the sheet keeps them. The example
 * credits no selection criteria: that judgement is the administration's own.
 */
export function annex11Example(): TKpiSheetInput {
  const entries = kpiSheetExample.rows.map((r, i): [string, string] => [kpiMetadataFields[i]?.field ?? '', r.entry]);
  return {
    ...blankKpiSheet(),
    fields: Object.fromEntries(entries.filter(([field]) => field !== 'types')),
    types: entries.find(([field]) => field === 'types')?.[1].split('\n') ?? [],
    owner: kpiSheetExample.owner,
    custodian: kpiSheetExample.custodian,
    steward: kpiSheetExample.steward,
  };
}
