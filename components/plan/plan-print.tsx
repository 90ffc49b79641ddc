import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { kpiSheetName } from '@/lib/domain/plan/kpi-sheet';
import type { TEndorsement } from '@/lib/contracts/plan';
import type { TPlanSnapshot } from '@/lib/domain/plan/plan-snapshot';
import { timelineLabel, type TPlanActivity } from '@/lib/domain/plan/plan-tree';
import { getFormat } from '@/lib/i18n/server';
import { PlanPrintEndorsements } from './plan-print-endorsements';

// Only the plan prints: the app's header, tabs and live bar belong to other features, so they are
// hidden by visibility here rather than by editing their markup.
const PRINT_CSS = `@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body * { visibility: hidden; }
  #plan-print, #plan-print * { visibility: visible; }
  #plan-print { position: absolute; left: 0; top: 0; width: 100%; }
  #plan-print table { page-break-inside: auto; }
  #plan-print tr { page-break-inside: avoid; }
}`;

// Annex 9's columns; the XLSX and CSV exports keep the guide's English names.
const COLUMNS = ['activity', 'responsible', 'kpi', 'target', 'resources', 'timeline', 'strategic'] as const;

type TPlanPrintProps = { snapshot: TPlanSnapshot; heading: string; endorsements: readonly TEndorsement[] };

/** The plan laid out as Annex 9 for printing: per outcome and objective, a table of activities; its endorsements. */
export async function PlanPrint({ snapshot, heading, endorsements }: TPlanPrintProps) {
  const [t, tp, f] = await Promise.all([getTranslations('plan'), getTranslations('prioritisation'), getFormat()]);
  const kpiNames = new Map(snapshot.kpiSheets.map((k) => [k.id, kpiSheetName(k)]));
  const cells: Record<(typeof COLUMNS)[number], (a: TPlanActivity) => ReactNode> = {
    activity: (a) => {
      const ctx = snapshot.context[a.id];
      return (
        <>
          {a.number} {a.title}
          {ctx?.priority && (
            <span className="block text-xs">
              {t('printPriority', { priority: tp(`agreed.${ctx.priority}`) })}
              {ctx.sources.length > 0 && ` · ${ctx.sources.join(', ')}`}
            </span>
          )}
        </>
      );
    },
    responsible: (a) => {
      const ownerName = snapshot.context[a.id]?.ownerName;
      return (
        <>
          {a.responsible}
          {ownerName && <span className="block text-xs">{t('printOwner', { name: ownerName })}</span>}
        </>
      );
    },
    kpi: (a) => a.kpiIds.map((k) => kpiNames.get(k) ?? t('unknownKpi')).join('; '),
    target: (a) => a.target,
    resources: (a) => (
      <>
        {a.resources}
        {a.budget !== null && <span className="block text-xs">{t('printBudget', { n: f.number(a.budget) })}</span>}
        {a.staff !== null && <span className="block text-xs">{t('printStaff', { n: f.number(a.staff) })}</span>}
      </>
    ),
    timeline: (a) => timelineLabel(a.start, a.due),
    strategic: (a) => a.strategicLink,
  };
  return (
    <div id="plan-print" className="grid gap-6 bg-white text-sm">
      <style>{PRINT_CSS}</style>
      <h2 className="text-xl font-semibold">{heading}</h2>
      {snapshot.draft.outcomes.length === 0 && <p>{t('printNoOutcomes')}</p>}
      {snapshot.draft.outcomes.map((o) => (
        <section key={o.id} className="grid gap-3">
          <h3 className="text-lg font-semibold">{t('printOutcome', { n: o.number, title: o.title })}</h3>
          {o.objectives.map((j) => (
            <div key={j.id} className="grid gap-1">
              <h4 id={`print-objective-${j.id}`} className="font-semibold">
                {j.number}: {j.title}
              </h4>
              <DataTable
                labelledBy={`print-objective-${j.id}`}
                variant="grid"
                rows={j.activities}
                rowKey={(a) => a.id}
                columns={COLUMNS.map((c) => ({
                  key: c,
                  header: t(`col.${c}`),
                  rowHeader: c === 'activity',
                  cell: cells[c],
                }))}
              />
            </div>
          ))}
        </section>
      ))}
      {snapshot.communication?.trim() && (
        <section aria-labelledby="print-communication" className="grid gap-1">
          <h3 id="print-communication" className="text-lg font-semibold">
            {t('communicationHeading')}
          </h3>
          <p className="whitespace-pre-wrap">{snapshot.communication}</p>
        </section>
      )}
      <PlanPrintEndorsements endorsements={endorsements} />
    </div>
  );
}
