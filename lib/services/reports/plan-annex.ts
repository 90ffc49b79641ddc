import { ROLE_NAMES } from '../../domain/access/roles';
import { annex9Rows } from '../../domain/plan/annex9-table';
import { kpiSheetName } from '../../domain/plan/kpi-sheet';
import type { TActivityContext } from '../../domain/plan/plan-snapshot';
import { timelineLabel, type TPlanActivity } from '../../domain/plan/plan-tree';
import { paragraph, run, table, heading, type TDocBlock } from '../../export/document';
import { actionPlanColumns, kpiMetadataFields } from '../../idg/process';
import type { TReportData } from './report-data';
import { reportTime } from './report-time';

// The report's annexes A and B: the action plan as the table of Annex 9, and its KPI sheets.

// A redacted plan names the owner's role instead of the owner.
function redactOwners(data: TReportData): Record<string, TActivityContext> {
  const { snapshot, ownerIds } = data.plan;
  const roleOf = new Map(data.members.map((m) => [m.id, m.role]));
  return Object.fromEntries(
    Object.entries(snapshot.context).map(([id, c]) => {
      const role = roleOf.get(ownerIds[id] ?? '');
      return [id, { ...c, ownerName: c.ownerName ? (role ? ROLE_NAMES[role] : 'A former member') : null }];
    }),
  );
}

const lines = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join('\n');

// One activity's cells, in Annex 9's column order.
function activityCells(a: TPlanActivity, ctx: TActivityContext | undefined, kpiNames: Map<string, string>): string[] {
  return [
    lines(
      `${a.number} ${a.title}`,
      ctx?.priority && `Priority: ${ctx.priority}${ctx.sources.length ? ` · from ${ctx.sources.join(', ')}` : ''}`,
    ),
    lines(a.responsible, ctx?.ownerName && `Owner: ${ctx.ownerName}`),
    a.kpiIds.map((id) => kpiNames.get(id) ?? 'Unknown KPI').join('; '),
    a.target,
    lines(
      a.resources,
      a.budget !== null && `Budget: ${a.budget}`,
      a.staff !== null && `Staff: ${a.staff} person-months`,
    ),
    timelineLabel(a.start, a.due),
    a.strategicLink,
  ];
}

/** Annex A: the plan as the table of Annex 9, each outcome and objective a row across it, its activities below. */
export function planAnnex(data: TReportData, redacted: boolean): TDocBlock[] {
  const { snapshot, version, adoptedAt } = data.plan;
  const context = redacted ? redactOwners(data) : snapshot.context;
  const kpiNames = new Map(snapshot.kpiSheets.map((s) => [s.id, kpiSheetName(s)]));
  const intro = version
    ? `Adopted version ${version}${adoptedAt ? `, ${reportTime(adoptedAt, data.assessment.timeZone)}` : ''}.`
    : 'Draft: no version has been adopted yet.';
  const rows = annex9Rows(snapshot.draft);
  if (!rows.some((r) => r.kind === 'activity'))
    return [paragraph(run(intro, { italic: true })), paragraph('The plan has no activities yet.')];
  const bands: number[] = [];
  const cells = rows.map((r, i) => {
    if (r.kind === 'activity') return activityCells(r.activity, context[r.id], kpiNames);
    bands.push(i);
    return [r.kind === 'outcome' ? `Outcome ${r.number}: ${r.title}` : `${r.number}: ${r.title}`];
  });
  return [paragraph(run(intro, { italic: true })), table([...actionPlanColumns], cells, { bands })];
}

/** Annex B: every KPI sheet the plan uses, field by field as Annex 11 lists them. */
export function kpiAnnex(data: TReportData): TDocBlock[] {
  const sheets = data.plan.snapshot.kpiSheets;
  if (sheets.length === 0) return [paragraph(run('The plan uses no KPI sheets yet.', { italic: true }))];
  return sheets.flatMap((s) => [
    heading(3, kpiSheetName(s)),
    table(
      ['Field', 'Value'],
      [
        ...kpiMetadataFields.map((f) => [
          `${f.key}) ${f.title}`,
          f.field === 'types' ? s.types.join(', ') : (s.fields[f.field] ?? ''),
        ]),
        ['Baseline', [s.baselineValue, s.baselineDate].filter(Boolean).join(' on ')],
        // Only where stated: a row on every sheet would change every signed-off report's content.
        // (A sheet adopted before these fields existed has neither.)
        ...(s.targetNumber != null
          ? [['Target as a number', [String(s.targetNumber), s.targetDate].filter(Boolean).join(' by ')]]
          : []),
        ['Owner / custodian / steward', [s.owner, s.custodian, s.steward].map((v) => v ?? '—').join(' / ')],
      ],
    ),
  ]);
}
