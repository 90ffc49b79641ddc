import { expectedValue } from '@/lib/domain/monitoring/red-flags';
import { getFormat, getT } from '@/lib/i18n/server';
import { monitoringMessages } from '@/lib/i18n/messages/monitoring';
import type { TKpiView } from '@/lib/contracts/monitoring';

/**
 * The chart's values in text: each period with its value, the trajectory's expectation,
 * disaggregation, source and who entered it.
 */
export async function KpiTable({ kpi }: { kpi: TKpiView }) {
  const t = await getT(monitoringMessages);
  const f = await getFormat();
  if (kpi.measurements.length === 0) return <p className="text-sm text-slate-700">{t('noMeasurements')}</p>;
  const line =
    kpi.baseline !== null && kpi.baselineDate && kpi.target !== null && kpi.targetDate
      ? { baseline: kpi.baseline, baselineDate: kpi.baselineDate, target: kpi.target, targetDate: kpi.targetDate }
      : null;
  return (
    <table className="mt-2 w-full border-collapse text-sm" data-testid={`kpi-table-${kpi.id}`}>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="p-1">
            {t('colPeriod')}
          </th>
          <th scope="col" className="p-1">
            {t('colValue')}
          </th>
          <th scope="col" className="p-1">
            {t('colExpected')}
          </th>
          <th scope="col" className="p-1">
            {t('colDisaggregated')}
          </th>
          <th scope="col" className="p-1">
            {t('colSource')}
          </th>
          <th scope="col" className="p-1">
            {t('colEnteredBy')}
          </th>
        </tr>
      </thead>
      <tbody>
        {kpi.measurements.map((m) => (
          <tr key={m.id} className="border-b border-slate-200">
            <th scope="row" className="p-1 text-left font-normal">
              {m.period}
            </th>
            <td className="p-1">{f.number(m.value)}</td>
            <td className="p-1">
              {line ? f.number(expectedValue(line, m.periodEnd), { maximumFractionDigits: 1 }) : '—'}
            </td>
            <td className="p-1">
              {Object.entries(m.disaggregated)
                .map(([k, v]) => `${k}: ${f.number(v)}`)
                .join('; ') || '—'}
            </td>
            <td className="p-1">{m.source}</td>
            <td className="p-1">{`${m.enteredBy.name}, ${f.dateTime(m.enteredAt)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
