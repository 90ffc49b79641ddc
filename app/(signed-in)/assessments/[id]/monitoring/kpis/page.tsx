import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { CsvImport } from '@/components/monitoring/csv-import';
import { KpiChart } from '@/components/monitoring/kpi-chart';
import { KpiTable } from '@/components/monitoring/kpi-table';
import { kpiStateLabel } from '@/components/monitoring/labels';
import { MeasurementForm } from '@/components/monitoring/measurement-form';
import { MonitoringNav } from '@/components/monitoring/monitoring-nav';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { getFormat } from '@/lib/i18n/server';
import { monitoringOverview } from '@/lib/services/monitoring/monitoring';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('monitoring'))('kpisTitle') };
}

export default withClientMessages(
  ['common', 'monitoring'],
  async function KpiMeasurementsPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'monitoring.view', `/assessments/${id}/monitoring/kpis`);
    const overview = await monitoringOverview(getDb(), id);
    const t = await getTranslations('monitoring');
    const f = await getFormat();
    const mayMeasure = can(membership.role, 'kpi.measure');
    return (
      <>
        <h2 className="mb-1 text-xl font-semibold">{t('kpisTitle')}</h2>
        <MonitoringNav assessmentId={id} current="/kpis" />
        {!overview.plan ? (
          <p className="text-sm text-slate-700">{t('noPlan')}</p>
        ) : overview.kpis.length === 0 ? (
          <p className="text-sm text-slate-700">{t('noKpis')}</p>
        ) : (
          <>
            <p className="mb-4 text-sm text-slate-700">{t('kpisIntro')}</p>
            {overview.kpis.map((k) => (
              <section
                key={k.id}
                aria-labelledby={`kpi-${k.id}`}
                className="mb-6 rounded-md border border-slate-300 p-3"
              >
                <h3 id={`kpi-${k.id}`} className="text-lg font-semibold">
                  {k.name}
                </h3>
                <dl className="my-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="font-medium">{t('kpiBaseline')}</dt>
                  <dd>
                    {k.baselineText ?? '—'}
                    {k.baselineDate ? ` (${f.day(k.baselineDate)})` : ''}
                  </dd>
                  <dt className="font-medium">{t('kpiTarget')}</dt>
                  <dd>{k.targetText || '—'}</dd>
                  <dt className="font-medium">{t('kpiTargetDate')}</dt>
                  <dd>{k.targetDate ? f.day(k.targetDate) : '—'}</dd>
                  <dt className="font-medium">{t('colStatus')}</dt>
                  <dd data-testid={`kpi-status-${k.id}`}>
                    {k.status.state === 'off-track' && <span aria-hidden="true">⚑ </span>}
                    {kpiStateLabel(t, k.status)}
                    {k.status.state !== 'not-judged' &&
                      ` — ${t('kpiExpected', { period: f.day(k.status.periodEnd), expected: f.number(k.status.expected, { maximumFractionDigits: 1 }), latest: f.number(k.status.latest) })}`}
                  </dd>
                </dl>
                <KpiChart kpi={k} today={overview.today} />
                <KpiTable kpi={k} />
              </section>
            ))}
            {mayMeasure && (
              <>
                <section className="mb-6">
                  <h3 id="record-heading" className="mb-2 text-lg font-semibold">
                    {t('recordTitle')}
                  </h3>
                  <MeasurementForm
                    assessmentId={id}
                    kpis={overview.kpis.map((k) => ({ id: k.id, name: k.name, disaggregation: k.disaggregation }))}
                  />
                </section>
                <section aria-labelledby="import-heading">
                  <h3 id="import-heading" className="mb-2 text-lg font-semibold">
                    {t('importTitle')}
                  </h3>
                  <CsvImport assessmentId={id} />
                </section>
              </>
            )}
          </>
        )}
      </>
    );
  },
);
