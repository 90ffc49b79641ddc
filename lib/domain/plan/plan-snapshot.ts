import type { TKpiSheet } from '../../contracts/plan';
import { missingMandatoryFields, kpiSheetName } from './kpi-sheet';
import { kpiIdsUsed, planActivities, timelineLabel, type TPlanDraft } from './plan-tree';

/** What the database adds to a plan activity: its agreed priority and source questions, its owner's name. */
export type TActivityContext = {
  priority: 'high' | 'medium' | 'low' | null;
  sources: string[];
  ownerName: string | null;
};

/**
 * The plan as read at one moment, with what it refers to resolved: the draft tree, each activity's
 * context, the KPI sheets it uses. An adopted version stores exactly this, as JSON.
 */
export type TPlanSnapshot = {
  draft: TPlanDraft;
  context: Record<string, TActivityContext>;
  kpiSheets: TKpiSheet[];
  /** The communication strategy; absent from versions adopted before the plan had one. */
  communication?: string;
};

/** Why the plan cannot be adopted yet; an empty list when it can. */
export function adoptionBlockers(snapshot: TPlanSnapshot): string[] {
  const out: string[] = [];
  const activities = planActivities(snapshot.draft);
  if (activities.length === 0) out.push('The plan has no activities yet.');
  const sheets = new Map(snapshot.kpiSheets.map((s) => [s.id, s]));
  for (const id of kpiIdsUsed(snapshot.draft)) {
    const sheet = sheets.get(id);
    if (!sheet) {
      out.push(`An activity uses a KPI sheet that no longer exists (${id}).`);
      continue;
    }
    const missing = missingMandatoryFields(sheet);
    if (missing.length > 0) out.push(`KPI “${kpiSheetName(sheet)}” misses mandatory fields: ${missing.join('; ')}.`);
  }
  // Step 6: responsibilities are assigned formally, to named personnel.
  for (const a of activities) {
    if (!a.ownerId) out.push(`Activity ${a.number} has no named person responsible.`);
    if (a.kpiIds.length === 0) out.push(`Activity ${a.number} has no KPI.`);
  }
  return out;
}

/** The Annex 9 columns of the exports, in order, plus where each activity came from. */
export const PLAN_EXPORT_COLUMNS = [
  'Outcome',
  'Objective',
  'No.',
  'Activity',
  'Responsible person',
  'Named owner',
  'Key Performance Indicator (KPI)',
  'Performance target',
  'Budget and resources',
  'Budget',
  'Staff (person-months)',
  'Start',
  'Due',
  'Timeline',
  'Link to strategic plan',
  'Priority',
  'Source questions',
] as const;
export type TPlanExportRow = Record<(typeof PLAN_EXPORT_COLUMNS)[number], string | number | null>;

/** One flat row per activity (an objective without activities still gets a row), in plan order. */
export function planExportRows(snapshot: TPlanSnapshot): TPlanExportRow[] {
  const kpiNames = new Map(snapshot.kpiSheets.map((s) => [s.id, kpiSheetName(s)]));
  const rows: TPlanExportRow[] = [];
  for (const o of snapshot.draft.outcomes) {
    for (const j of o.objectives) {
      const base = { Outcome: `${o.number}: ${o.title}`, Objective: `${j.number}: ${j.title}` };
      if (j.activities.length === 0) rows.push({ ...emptyRow(), ...base });
      for (const a of j.activities) {
        const ctx = snapshot.context[a.id];
        rows.push({
          ...base,
          'No.': a.number,
          Activity: a.title,
          'Responsible person': a.responsible,
          'Named owner': ctx?.ownerName ?? '',
          'Key Performance Indicator (KPI)': a.kpiIds.map((id) => kpiNames.get(id) ?? 'Unknown KPI').join('; '),
          'Performance target': a.target,
          'Budget and resources': a.resources,
          Budget: a.budget,
          'Staff (person-months)': a.staff,
          Start: a.start ?? '',
          Due: a.due ?? '',
          Timeline: timelineLabel(a.start, a.due),
          'Link to strategic plan': a.strategicLink,
          Priority: ctx?.priority ?? '',
          'Source questions': (ctx?.sources ?? []).join(', '),
        });
      }
    }
  }
  return rows;
}

function emptyRow(): TPlanExportRow {
  return Object.fromEntries(PLAN_EXPORT_COLUMNS.map((c) => [c, ''])) as TPlanExportRow;
}

/**
 * RFC 4180 CSV of the export rows, with a header; cells that a spreadsheet would run as formulas
 * are quoted with a leading apostrophe.
 */
export function planCsv(rows: readonly TPlanExportRow[]): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [
      PLAN_EXPORT_COLUMNS.map(cell).join(','),
      ...rows.map((r) => PLAN_EXPORT_COLUMNS.map((c) => cell(r[c])).join(',')),
    ].join('\r\n') + '\r\n'
  );
}
