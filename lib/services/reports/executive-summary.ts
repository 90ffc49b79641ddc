import type { TAnswerStatus } from '../../collab/layout';
import { HEAT_MAP_COLUMNS, evaluationHeatMap } from '../../domain/reports/report-summary';
import { heading, paragraph, run, type TDocBlock, type THeatMapBlock } from '../../export/document';
import { areaLabel, checklistAreas } from '../../idg/checklist';
import type { TReportData } from './report-data';

/** The guide's evaluations as the report words them. */
export const STATUS_LABELS: Record<TAnswerStatus, string> = {
  'in-place': 'In place',
  'needs-improvement': 'Needs improvement',
  'action-required': 'Action required',
  'not-applicable': 'Not applicable',
};

// Green to red for in place to action required; greys for what the evaluation does not rank.
const COLOURS: Record<TAnswerStatus | 'none', string> = {
  'in-place': '#15803d',
  'needs-improvement': '#b45309',
  'action-required': '#b91c1c',
  'not-applicable': '#475569',
  none: '#64748b',
};

const PRIORITY_LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** The evaluations of all fourteen areas at a glance: the heat map of key factors by evaluation. */
export function evaluationChart(data: TReportData): THeatMapBlock {
  const rows = evaluationHeatMap(
    checklistAreas.map((a) => ({ id: a.id, label: areaLabel(a) })),
    data.areas.map((a) => ({ id: a.id, statuses: a.answers.map((q) => q.status) })),
  );
  return {
    kind: 'heatMap',
    title: 'Figure 1. Evaluations of the checklist questions, area by area',
    rowHeader: 'Area',
    columns: HEAT_MAP_COLUMNS.map((s) =>
      s ? { label: STATUS_LABELS[s], colour: COLOURS[s] } : { label: 'Not evaluated yet', colour: COLOURS.none },
    ),
    rows: rows.map((r) => ({ label: r.label, counts: r.counts, total: r.total })),
    emptyRow: 'Not in the scope of this assessment',
  };
}

/**
 * What decision-makers read first (Part II, step 6: the report informs decision-makers): the
 * evaluations of every area as a chart, the agreed priorities and the key messages; the detail follows.
 */
export function executiveSummary(data: TReportData, keyMessages: TDocBlock[]): TDocBlock[] {
  const assessed = data.areas.length;
  return [
    heading(1, 'Executive summary'),
    heading(2, 'Evaluations at a glance'),
    paragraph(
      `${assessed} of the guide's ${checklistAreas.length} areas were assessed. Each row is an area and each ` +
        "column an evaluation; the darker a cell, the larger its share of the area's questions.",
    ),
    evaluationChart(data),
    heading(2, 'Agreed priorities'),
    data.agreed.length
      ? {
          kind: 'list',
          ordered: true,
          items: data.agreed.map((a) => [paragraph(run(`${PRIORITY_LABELS[a.priority]}: `, { bold: true }), a.title)]),
        }
      : paragraph(run('No priorities agreed yet.', { italic: true })),
    heading(2, 'Key messages'),
    ...keyMessages,
  ];
}
