import { getTranslations } from 'next-intl/server';
import { expectedValue } from '@/lib/domain/monitoring/red-flags';
import { daysBetween } from '@/lib/domain/monitoring/red-flags';
import { getFormat } from '@/lib/i18n/server';
import type { TKpiView } from '@/lib/contracts/monitoring';

const W = 640;
const H = 220;
const PAD = { l: 56, r: 12, t: 14, b: 28 };

/**
 * A KPI's values per period drawn by hand: the baseline (dotted) and target (dashed) as horizontal
 * lines, the straight trajectory between them, the measured values as dots joined by a line, and
 * today as a vertical line. Lines differ by dash pattern, not only colour; the table that follows
 * gives every value in text.
 */
export async function KpiChart({ kpi, today }: { kpi: TKpiView; today: string }) {
  const t = await getTranslations('monitoring');
  const f = await getFormat();
  const points = kpi.measurements.map((m) => ({ d: m.periodEnd, v: m.value, label: m.period }));
  const dates = [
    ...points.map((p) => p.d),
    today,
    ...(kpi.baselineDate ? [kpi.baselineDate] : []),
    ...(kpi.targetDate ? [kpi.targetDate] : []),
  ].sort();
  const values = [
    ...points.map((p) => p.v),
    ...(kpi.baseline !== null ? [kpi.baseline] : []),
    ...(kpi.target !== null ? [kpi.target] : []),
  ];
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values) * 1.05;
  const d0 = dates[0]!;
  const span = Math.max(1, daysBetween(d0, dates.at(-1)!));
  const x = (d: string) => PAD.l + ((W - PAD.l - PAD.r) * daysBetween(d0, d)) / span;
  const y = (v: number) => H - PAD.b - ((H - PAD.t - PAD.b) * (v - lo)) / (hi - lo || 1);
  const line =
    kpi.baseline !== null && kpi.baselineDate && kpi.target !== null && kpi.targetDate
      ? { baseline: kpi.baseline, baselineDate: kpi.baselineDate, target: kpi.target, targetDate: kpi.targetDate }
      : null;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="w-full max-w-2xl"
        role="img"
        aria-label={t('chartLabel', { name: kpi.name })}
        data-testid={`kpi-chart-${kpi.id}`}
      >
        <line x1={PAD.l} x2={PAD.l} y1={PAD.t} y2={H - PAD.b} stroke="#64748b" />
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} stroke="#64748b" />
        <text x={PAD.l - 4} y={y(hi) + 10} fontSize="10" textAnchor="end" fill="#334155">
          {f.number(Math.round(hi))}
        </text>
        <text x={PAD.l - 4} y={y(lo)} fontSize="10" textAnchor="end" fill="#334155">
          {f.number(lo)}
        </text>
        <text x={PAD.l} y={H - 8} fontSize="10" fill="#334155">
          {f.day(d0)}
        </text>
        <text x={W - PAD.r} y={H - 8} fontSize="10" textAnchor="end" fill="#334155">
          {f.day(dates.at(-1)!)}
        </text>
        {kpi.baseline !== null && (
          <line
            x1={PAD.l}
            x2={W - PAD.r}
            y1={y(kpi.baseline)}
            y2={y(kpi.baseline)}
            stroke="#475569"
            strokeDasharray="2 3"
            strokeWidth={1.5}
          />
        )}
        {kpi.target !== null && (
          <line
            x1={PAD.l}
            x2={W - PAD.r}
            y1={y(kpi.target)}
            y2={y(kpi.target)}
            stroke="#15803d"
            strokeDasharray="8 4"
            strokeWidth={1.5}
          />
        )}
        {line && (
          <line
            x1={x(line.baselineDate)}
            y1={y(line.baseline)}
            x2={x(line.targetDate)}
            y2={y(line.target)}
            stroke="#64748b"
            strokeWidth={1}
          />
        )}
        {points.length > 1 && (
          <polyline
            points={points.map((p) => `${x(p.d)},${y(p.v)}`).join(' ')}
            fill="none"
            stroke="#1d4ed8"
            strokeWidth={2}
          />
        )}
        {points.map((p) => (
          <circle key={p.label} cx={x(p.d)} cy={y(p.v)} r={4} fill="#1d4ed8" data-testid="kpi-point">
            <title>{`${p.label}: ${f.number(p.v)}`}</title>
          </circle>
        ))}
        <line x1={x(today)} x2={x(today)} y1={PAD.t} y2={H - PAD.b} stroke="#7c2d12" strokeDasharray="4 3" />
        <text x={x(today) + 3} y={PAD.t + 8} fontSize="10" fill="#7c2d12">
          {t('timelineToday')}
        </text>
        {line && points.length > 0 && (
          <text x={W - PAD.r} y={PAD.t + 8} fontSize="10" textAnchor="end" fill="#334155">
            {f.number(expectedValue(line, today), { maximumFractionDigits: 1 })}
          </text>
        )}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-700">
        <span>● {t('chartLegendValue')}</span>
        <span>┈ {t('chartLegendBaseline')}</span>
        <span>╌ {t('chartLegendTarget')}</span>
        <span>─ {t('chartLegendTrajectory')}</span>
        <span>┆ {t('chartLegendToday')}</span>
      </figcaption>
    </figure>
  );
}
