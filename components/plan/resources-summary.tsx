'use client';

import { resourceTotals, type TPlanDraft } from '@/lib/domain/plan/plan-tree';
import { useFormat, useT } from '@/lib/i18n/client';
import { planMessages } from '@/lib/i18n/messages/plan';

const TWO_DECIMALS = { maximumFractionDigits: 2 };

function Table({ caption, rows }: { caption: string; rows: ReturnType<typeof resourceTotals>['byYear'] }) {
  const t = useT(planMessages);
  const f = useFormat();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-2 font-medium"></th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('activities')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('budgetColumn')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('staffColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-2 font-normal">
                {r.label}
              </th>
              <td className="py-1 pr-2 text-right">{f.number(r.activities)}</td>
              <td className="py-1 pr-2 text-right">{f.number(r.budget, TWO_DECIMALS)}</td>
              <td className="py-1 text-right">{f.number(r.staff, TWO_DECIMALS)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Step 5: the plan's budget and people, summed by outcome and by the year activities are due. */
export function ResourcesSummary({ draft }: { draft: TPlanDraft }) {
  const t = useT(planMessages);
  const totals = resourceTotals(draft);
  return (
    <section aria-labelledby="resources-h" className="grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="resources-h" className="font-semibold">
        {t('resourcesHeading')}
      </h3>
      {totals.byOutcome.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noActivities')}</p>
      ) : (
        <>
          <Table caption={t('byOutcome')} rows={totals.byOutcome} />
          <Table caption={t('byYear')} rows={totals.byYear} />
        </>
      )}
    </section>
  );
}
