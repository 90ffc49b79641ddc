import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { ACTIVITY_STATUSES } from '@/lib/domain/monitoring/monitoring-types';
import type { TAreaProgress } from '@/lib/domain/workshop/dashboard';
import { getFormat } from '@/lib/i18n/server';
import type { TMonitoring } from '@/lib/contracts/monitoring';
import { STATUS_FILL, answerStatusLabel, kpiStateLabel, statusLabel } from './labels';

const EVAL_ORDER = ['in-place', 'needs-improvement', 'action-required', 'not-applicable', 'unassessed'] as const;
const EVAL_FILL: Record<(typeof EVAL_ORDER)[number], string> = {
  'in-place': '#166534',
  'needs-improvement': '#ca8a04',
  'action-required': '#b91c1c',
  'not-applicable': '#64748b',
  unassessed: '#e2e8f0',
};

/** One stacked bar of counts, each segment titled and numbered: colour is never the only signal. */
function StackedBar({
  parts,
  width,
}: {
  parts: { key: string; count: number; fill: string; label: string }[];
  width: number;
}) {
  const total = parts.reduce((s, p) => s + p.count, 0) || 1;
  const segments = parts.map((p, i) => ({
    ...p,
    w: (width * p.count) / total,
    x: (width * parts.slice(0, i).reduce((s, q) => s + q.count, 0)) / total,
  }));
  return (
    <svg viewBox={`0 0 ${width} 18`} className="h-5 w-full max-w-md" aria-hidden="true">
      {segments.map(
        (p) =>
          p.w > 0 && (
            <g key={p.key}>
              <rect x={p.x} y={0} width={p.w} height={18} fill={p.fill} stroke="#fff">
                <title>{`${p.label}: ${p.count}`}</title>
              </rect>
              {p.w > 14 && (
                <text
                  x={p.x + p.w / 2}
                  y={13}
                  fontSize="10"
                  textAnchor="middle"
                  fill={p.fill === '#e2e8f0' || p.fill === '#cbd5e1' ? '#0f172a' : '#fff'}
                >
                  {p.count}
                </text>
              )}
            </g>
          ),
      )}
    </svg>
  );
}

/**
 * The monitoring overview charts for the dashboard: evaluations by area, progress of the adopted
 * plan, and KPI status. Each chart sits in a table whose cells give the same numbers in text.
 */
export async function MonitoringDashboard({ areas, overview }: { areas: TAreaProgress[]; overview: TMonitoring }) {
  const t = await getTranslations('monitoring');
  const f = await getFormat();
  const evalLabel = (s: (typeof EVAL_ORDER)[number]) => answerStatusLabel(t, s === 'unassessed' ? null : s);
  const statusCounts = ACTIVITY_STATUSES.map((s) => ({
    s,
    n: overview.activities.filter((a) => a.status === s).length,
  }));
  const average = overview.activities.length
    ? overview.activities.reduce((sum, a) => sum + a.percent, 0) / overview.activities.length / 100
    : 0;
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="dash-evaluations" className="lg:col-span-2">
        <h3 id="dash-evaluations" className="mb-2 text-lg font-semibold">
          {t('dashEvaluations')}
        </h3>
        <DataTable
          labelledBy="dash-evaluations"
          rows={areas}
          rowKey={(a) => a.areaId}
          columns={[
            { key: 'area', header: t('colArea'), rowHeader: true, cell: (a) => a.label },
            {
              key: 'evaluations',
              header: EVAL_ORDER.map(evalLabel).join(' · '),
              cell: (a) => (
                <>
                  <StackedBar
                    width={400}
                    parts={EVAL_ORDER.map((s) => ({
                      key: s,
                      count: a.byStatus[s],
                      fill: EVAL_FILL[s],
                      label: evalLabel(s),
                    }))}
                  />
                  <span className="text-xs text-slate-700">
                    {EVAL_ORDER.map((s) => `${evalLabel(s)}: ${a.byStatus[s]}`).join(', ')}
                  </span>
                </>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="dash-progress">
        <h3 id="dash-progress" className="mb-2 text-lg font-semibold">
          {t('dashPlanProgress')}
        </h3>
        {!overview.plan ? (
          <p className="text-sm text-slate-700">{t('dashNoPlan')}</p>
        ) : (
          <>
            <StackedBar
              width={400}
              parts={statusCounts.map(({ s, n }) => ({
                key: s,
                count: n,
                fill: STATUS_FILL[s],
                label: statusLabel(t, s),
              }))}
            />
            <ul className="mt-1 text-sm">
              {statusCounts.map(({ s, n }) => (
                <li key={s}>{`${statusLabel(t, s)}: ${n}`}</li>
              ))}
            </ul>
            <p className="mt-1 text-sm">{t('dashAverage', { percent: f.percent(average) })}</p>
          </>
        )}
      </section>
      <section aria-labelledby="dash-kpis">
        <h3 id="dash-kpis" className="mb-2 text-lg font-semibold">
          {t('dashKpiStatus')}
        </h3>
        {!overview.plan ? (
          <p className="text-sm text-slate-700">{t('dashNoPlan')}</p>
        ) : overview.kpis.length === 0 ? (
          <p className="text-sm text-slate-700">{t('noKpis')}</p>
        ) : (
          <>
            <StackedBar
              width={400}
              parts={(['on-track', 'off-track', 'not-judged'] as const).map((s) => ({
                key: s,
                count: overview.kpis.filter((k) => k.status.state === s).length,
                fill: s === 'on-track' ? '#15803d' : s === 'off-track' ? '#b91c1c' : '#cbd5e1',
                label: s === 'on-track' ? t('kpiOnTrack') : s === 'off-track' ? t('kpiOffTrack') : t('kpiNotJudged'),
              }))}
            />
            <ul className="mt-1 text-sm">
              {overview.kpis.map((k) => (
                <li key={k.id}>
                  {k.status.state === 'off-track' && <span aria-hidden="true">⚑ </span>}
                  {`${k.name}: ${kpiStateLabel(t, k.status)}`}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
