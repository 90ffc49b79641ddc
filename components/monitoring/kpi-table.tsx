import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { expectedValue } from '@/lib/domain/monitoring/red-flags';
import { getFormat } from '@/lib/i18n/server';
import type { TKpiView } from '@/lib/contracts/monitoring';

/**
 * The chart's values in text: each period with its value, the trajectory's expectation,
 * disaggregation, source and who entered it.
 */
export async function KpiTable({ kpi }: { kpi: TKpiView }) {
  const t = await getTranslations('monitoring');
  const f = await getFormat();
  if (kpi.measurements.length === 0) return <p className="text-sm text-slate-700">{t('noMeasurements')}</p>;
  const line =
    kpi.baseline !== null && kpi.baselineDate && kpi.target !== null && kpi.targetDate
      ? { baseline: kpi.baseline, baselineDate: kpi.baselineDate, target: kpi.target, targetDate: kpi.targetDate }
      : null;
  return (
    <div className="mt-2 min-w-0">
      <DataTable
        caption={kpi.name}
        captionHidden
        testId={`kpi-table-${kpi.id}`}
        rows={kpi.measurements}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'period',
            header: t('colPeriod'),
            rowHeader: true,
            sortValue: (m) => m.periodEnd,
            cell: (m) => m.period,
          },
          {
            key: 'value',
            header: t('colValue'),
            numeric: true,
            sortValue: (m) => m.value,
            cell: (m) => f.number(m.value),
          },
          {
            key: 'expected',
            header: t('colExpected'),
            numeric: true,
            cell: (m) => (line ? f.number(expectedValue(line, m.periodEnd), { maximumFractionDigits: 1 }) : '—'),
          },
          {
            key: 'disaggregated',
            header: t('colDisaggregated'),
            cell: (m) =>
              Object.entries(m.disaggregated)
                .map(([k, v]) => `${k}: ${f.number(v)}`)
                .join('; ') || '—',
          },
          { key: 'source', header: t('colSource'), sortValue: (m) => m.source, cell: (m) => m.source },
          {
            key: 'entered',
            header: t('colEnteredBy'),
            sortValue: (m) => m.enteredAt,
            cell: (m) => `${m.enteredBy.name}, ${f.dateTime(m.enteredAt)}`,
          },
        ]}
      />
    </div>
  );
}
