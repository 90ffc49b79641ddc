import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { kpiStateLabel, flagLabel, statusLabel } from '@/components/monitoring/labels';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { GapAnalysisView } from '@/components/monitoring/gap-analysis-view';
import { MonitoringNav } from '@/components/monitoring/monitoring-nav';
import { PrintButton } from '@/components/monitoring/print-button';
import { DataTable } from '@/components/ui/data-table';
import { inputClass } from '@/components/ui/field';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { periodEnd } from '@/lib/domain/monitoring/kpi-periods';
import { ACTIVITY_STATUSES } from '@/lib/domain/monitoring/monitoring-types';
import { redFlagsFirst } from '@/lib/domain/monitoring/red-flags';
import { getFormat, getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { listProgressUpdates, monitoringOverview } from '@/lib/services/monitoring/monitoring';
import { roundGapAnalysis } from '@/lib/services/monitoring/gap-analysis';
import { roundComparison } from '@/lib/services/monitoring/review-round';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('monitoring'))('reportTitle') };
}

/** The first day of a month ("2027-05") or quarter ("2027-Q2"). */
function periodStart(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  return `${period}-01`;
}

function currentQuarter(today: string): string {
  return `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
}

export default withClientMessages(
  ['common', 'monitoring'],
  async function MonitoringReportPage({
    params,
    searchParams,
  }: {
    params: Promise<{ id: string }>;
    searchParams: Promise<{ period?: string }>;
  }) {
    const { id } = await params;
    const { period: asked } = await searchParams;
    await requirePageAccess(id, 'monitoring.view', `/assessments/${id}/monitoring/report`);
    const db = getDb();
    // A review round's report carries the gap analysis that evaluating the previous plan ended in.
    // Its areas are named in the member's language, as the review page names them.
    const names = await guideNames(db, id, await getLocale());
    const [overview, updates, gaps] = await Promise.all([
      monitoringOverview(db, id),
      listProgressUpdates(db, id),
      roundComparison(db, id, names.area).then((comparison) => roundGapAnalysis(db, id, comparison)),
    ]);
    const t = await getTranslations('monitoring');
    const f = await getFormat();
    // Monthly (2027-05) or quarterly (2027-Q2) only: a year is too long for a management report.
    const valid = asked && /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/.test(asked) ? asked : null;
    const period = valid ?? currentQuarter(overview.today);
    const from = periodStart(period);
    const to = periodEnd(period)!;
    const inPeriod = (iso: string) => iso.slice(0, 10) >= from && iso.slice(0, 10) <= to;
    const kpiNames = Object.fromEntries(overview.kpis.map((k) => [k.id, k.name]));
    const titles = new Map(overview.activities.map((a) => [a.id, `${a.number} ${a.title}`]));
    const ordered = redFlagsFirst(overview.activities);
    const periodUpdates = updates.filter((u) => inPeriod(u.createdAt));
    return (
      <>
        <h2 className="mb-1 text-xl font-semibold">{t('reportTitle')}</h2>
        <MonitoringNav assessmentId={id} current="/report" />
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2 print:hidden">
          <label className="flex flex-col text-sm font-medium">
            {t('reportPeriod')}
            <input
              name="period"
              defaultValue={period}
              className={`${inputClass} w-32`}
              aria-describedby="report-period-hint"
            />
          </label>
          <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm">
            {t('showReport')}
          </button>
          <PrintButton />
          <p
            id="report-period-hint"
            className="w-full text-xs text-slate-600"
          >{`${t('reportMonthly')}: 2027-05 · ${t('reportQuarterly')}: 2027-Q2`}</p>
          {asked && !valid && (
            <p role="alert" className="w-full text-sm text-red-700">
              {t('reportBadPeriod')}
            </p>
          )}
        </form>
        {!overview.plan ? (
          <p className="text-sm text-slate-700">{t('noPlan')}</p>
        ) : (
          <article className="space-y-5">
            <p className="text-sm text-slate-700">
              {t('reportIntro')} {t('reportFor', { period, date: f.date(new Date()) })}
            </p>
            <section aria-labelledby="r-flags">
              <h3 id="r-flags" className="text-lg font-semibold">
                {t('redFlagsTitle')}
              </h3>
              <p className="text-sm">{t('redFlagsCount', { n: ordered.filter((a) => a.flags.length).length })}</p>
              <ul className="list-disc pl-5 text-sm">
                {ordered
                  .filter((a) => a.flags.length)
                  .map((a) => (
                    <li
                      key={a.id}
                    >{`${a.number} ${a.title}: ${a.flags.map((fl) => flagLabel(t, fl, (k) => kpiNames[k] ?? k)).join('; ')}`}</li>
                  ))}
              </ul>
            </section>
            <section aria-labelledby="r-status">
              <h3 id="r-status" className="text-lg font-semibold">
                {t('reportStatusCounts')}
              </h3>
              <div className="max-w-sm min-w-0">
                <DataTable
                  labelledBy="r-status"
                  rows={ACTIVITY_STATUSES}
                  rowKey={(s) => s}
                  columns={[
                    { key: 'status', header: t('colStatus'), rowHeader: true, cell: (s) => statusLabel(t, s) },
                    {
                      key: 'count',
                      header: t('reportActivityCount'),
                      numeric: true,
                      cell: (s) => overview.activities.filter((a) => a.status === s).length,
                    },
                  ]}
                />
              </div>
              <div className="mt-2 min-w-0">
                <DataTable
                  caption={t('trackingCaption')}
                  captionHidden
                  rows={ordered}
                  rowKey={(a) => a.id}
                  columns={[
                    {
                      key: 'activity',
                      header: t('colActivity'),
                      rowHeader: true,
                      cell: (a) => (
                        <>
                          {a.flags.length > 0 && <span aria-hidden="true">⚑ </span>}
                          {`${a.number} ${a.title}`}
                        </>
                      ),
                    },
                    { key: 'status', header: t('colStatus'), cell: (a) => statusLabel(t, a.status) },
                    { key: 'progress', header: t('colProgress'), cell: (a) => f.percent(a.percent / 100) },
                    { key: 'due', header: t('colDue'), cell: (a) => (a.dueDate ? f.day(a.dueDate) : '—') },
                  ]}
                />
              </div>
            </section>
            <section aria-labelledby="r-updates">
              <h3 id="r-updates" className="text-lg font-semibold">
                {t('reportUpdatesIn')}
              </h3>
              {periodUpdates.length === 0 ? (
                <p className="text-sm text-slate-700">{t('reportNoUpdates')}</p>
              ) : (
                <ul className="space-y-1 text-sm">
                  {periodUpdates.map((u) => (
                    <li key={u.id}>
                      <span className="font-semibold">{titles.get(u.activityId) ?? u.activityId}</span> —{' '}
                      {statusLabel(t, u.status)}, {f.percent(u.percent / 100)} (
                      {t('updateBy', { name: u.author.name, date: f.date(u.createdAt) })}): {u.note}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="r-kpis">
              <h3 id="r-kpis" className="text-lg font-semibold">
                {t('reportKpis')}
              </h3>
              <DataTable
                labelledBy="r-kpis"
                rows={overview.kpis}
                rowKey={(k) => k.id}
                columns={[
                  { key: 'kpi', header: t('fieldKpi'), rowHeader: true, cell: (k) => k.name },
                  { key: 'baseline', header: t('kpiBaseline'), cell: (k) => k.baselineText ?? '—' },
                  { key: 'target', header: t('kpiTarget'), cell: (k) => k.targetText || '—' },
                  {
                    key: 'latest',
                    header: t('reportLatest'),
                    cell: (k) => {
                      const latest = k.measurements.filter((m) => m.periodEnd <= to).at(-1);
                      return latest ? `${f.number(latest.value)} (${latest.period})` : '—';
                    },
                  },
                  { key: 'status', header: t('colStatus'), cell: (k) => kpiStateLabel(t, k.status) },
                ]}
              />
            </section>
          </article>
        )}
        {gaps && (
          <>
            <GapAnalysisView analysis={gaps} />
            <GuideTranslationNote official={names.official(gaps.areas.map((a) => a.areaId))} />
          </>
        )}
      </>
    );
  },
);
