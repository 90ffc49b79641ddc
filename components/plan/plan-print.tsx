import { kpiSheetName } from '@/lib/domain/plan/kpi-sheet';
import type { TPlanSnapshot } from '@/lib/domain/plan/plan-snapshot';
import { timelineLabel } from '@/lib/domain/plan/plan-tree';
import { planMessages } from '@/lib/i18n/messages/plan';
import { prioritisationMessages } from '@/lib/i18n/messages/prioritisation';
import { getFormat, getT } from '@/lib/i18n/server';

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

/** The plan laid out as Annex 9 for printing: per outcome and objective, a table of activities. */
export async function PlanPrint({ snapshot, heading }: { snapshot: TPlanSnapshot; heading: string }) {
  const [t, tp, f] = await Promise.all([getT(planMessages), getT(prioritisationMessages), getFormat()]);
  const kpiNames = new Map(snapshot.kpiSheets.map((k) => [k.id, kpiSheetName(k)]));
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
              <h4 className="font-semibold">
                {j.number}: {j.title}
              </h4>
              <table className="w-full border-collapse text-left">
                <thead>
                  <tr>
                    {COLUMNS.map((c) => (
                      <th key={c} scope="col" className="border border-slate-400 bg-slate-100 px-2 py-1">
                        {t(`col.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {j.activities.map((a) => {
                    const ctx = snapshot.context[a.id];
                    return (
                      <tr key={a.id}>
                        <td className="border border-slate-400 px-2 py-1">
                          {a.number} {a.title}
                          {ctx?.priority && (
                            <span className="block text-xs">
                              {t('printPriority', { priority: tp(`agreed.${ctx.priority}`) })}
                              {ctx.sources.length > 0 && ` · ${ctx.sources.join(', ')}`}
                            </span>
                          )}
                        </td>
                        <td className="border border-slate-400 px-2 py-1">
                          {a.responsible}
                          {ctx?.ownerName && (
                            <span className="block text-xs">{t('printOwner', { name: ctx.ownerName })}</span>
                          )}
                        </td>
                        <td className="border border-slate-400 px-2 py-1">
                          {a.kpiIds.map((k) => kpiNames.get(k) ?? t('unknownKpi')).join('; ')}
                        </td>
                        <td className="border border-slate-400 px-2 py-1">{a.target}</td>
                        <td className="border border-slate-400 px-2 py-1">
                          {a.resources}
                          {a.budget !== null && (
                            <span className="block text-xs">{t('printBudget', { n: f.number(a.budget) })}</span>
                          )}
                          {a.staff !== null && (
                            <span className="block text-xs">{t('printStaff', { n: f.number(a.staff) })}</span>
                          )}
                        </td>
                        <td className="border border-slate-400 px-2 py-1">{timelineLabel(a.start, a.due)}</td>
                        <td className="border border-slate-400 px-2 py-1">{a.strategicLink}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
