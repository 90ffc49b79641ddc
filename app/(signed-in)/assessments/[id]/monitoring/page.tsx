import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { ImplementationPrinciples } from '@/components/monitoring/implementation-principles';
import { MonitoringNav } from '@/components/monitoring/monitoring-nav';
import { RedFlagSummary } from '@/components/monitoring/red-flag-summary';
import { SettingsForm } from '@/components/monitoring/settings-form';
import { TimelineChart } from '@/components/monitoring/timeline-chart';
import { TrackingList } from '@/components/monitoring/tracking-list';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { redFlagsFirst } from '@/lib/domain/monitoring/red-flags';
import { getFormat } from '@/lib/i18n/server';
import { listProgressUpdates, monitoringOverview } from '@/lib/services/monitoring/monitoring';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('monitoring'))('tabMonitoring') };
}

export default withClientMessages(
  ['common', 'monitoring'],
  async function MonitoringPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'monitoring.view', `/assessments/${id}/monitoring`);
    const db = getDb();
    const [overview, updates] = await Promise.all([monitoringOverview(db, id), listProgressUpdates(db, id)]);
    const t = await getTranslations('monitoring');
    const f = await getFormat();
    const kpiNames = Object.fromEntries(overview.kpis.map((k) => [k.id, k.name]));
    return (
      <>
        <h2 className="mb-1 text-xl font-semibold">{t('monitoringTitle')}</h2>
        <MonitoringNav assessmentId={id} current="" />
        {!overview.plan ? (
          <p className="text-sm text-slate-700">{t('noPlan')}</p>
        ) : (
          <>
            <p className="mb-4 text-sm text-slate-700">
              {t('monitoringIntro', { version: overview.plan.version, date: f.date(overview.plan.adoptedAt) })}
            </p>
            <RedFlagSummary activities={redFlagsFirst(overview.activities)} kpiNames={kpiNames} />
            <section aria-labelledby="timeline-heading" className="my-6">
              <h3 id="timeline-heading" className="mb-2 text-lg font-semibold">
                {t('timelineTitle')}
              </h3>
              <TimelineChart
                today={overview.today}
                rows={overview.activities.map((a) => ({
                  id: a.id,
                  number: a.number,
                  title: a.title,
                  startDate: a.startDate,
                  dueDate: a.dueDate,
                  status: a.status,
                  dependsOn: a.dependsOn,
                  flagged: a.flags.length > 0,
                }))}
              />
            </section>
            <TrackingList
              assessmentId={id}
              activities={overview.activities}
              updates={updates}
              kpiNames={kpiNames}
              userId={membership.userId}
              canUpdateAll={can(membership.role, 'monitoring.update')}
              canReport={can(membership.role, 'monitoring.report')}
            />
            {can(membership.role, 'monitoring.update') && (
              <section aria-labelledby="settings-heading" className="mt-6">
                <h3 id="settings-heading" className="mb-2 text-lg font-semibold">
                  {t('settingsTitle')}
                </h3>
                <SettingsForm assessmentId={id} staleAfterDays={overview.staleAfterDays} />
              </section>
            )}
          </>
        )}
        <ImplementationPrinciples />
      </>
    );
  },
);
