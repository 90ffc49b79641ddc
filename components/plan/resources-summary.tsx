'use client';

import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { resourceTotals, type TPlanDraft, type TResourceTotal } from '@/lib/domain/plan/plan-tree';
import { useFormat } from '@/lib/i18n/client';

const TWO_DECIMALS = { maximumFractionDigits: 2 };

function Totals({ caption, header, rows }: { caption: string; header: string; rows: TResourceTotal[] }) {
  const t = useTranslations('plan');
  const f = useFormat();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { key: 'label', header, hideHeader: true, rowHeader: true, cell: (r) => r.label },
        { key: 'activities', header: t('activities'), numeric: true, cell: (r) => f.number(r.activities) },
        { key: 'budget', header: t('budgetColumn'), numeric: true, cell: (r) => f.number(r.budget, TWO_DECIMALS) },
        { key: 'staff', header: t('staffColumn'), numeric: true, cell: (r) => f.number(r.staff, TWO_DECIMALS) },
      ]}
    />
  );
}

/** Step 5: the plan's budget and people, summed by outcome and by the year activities are due. */
export function ResourcesSummary({ draft }: { draft: TPlanDraft }) {
  const t = useTranslations('plan');
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
          <Totals caption={t('byOutcome')} header={t('outcomeColumn')} rows={totals.byOutcome} />
          <Totals caption={t('byYear')} header={t('yearColumn')} rows={totals.byYear} />
        </>
      )}
    </section>
  );
}
