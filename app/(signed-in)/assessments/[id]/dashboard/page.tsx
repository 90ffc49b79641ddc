import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { MonitoringDashboard } from '@/components/monitoring/monitoring-dashboard';
import { DashboardView } from '@/components/workshop/dashboard/dashboard-view';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { monitoringOverview } from '@/lib/services/monitoring/monitoring';
import { dashboardWithProgress } from '@/lib/services/workshop/dashboard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workshop');
  return { title: t('dashboardTitle') };
}

export default withClientMessages(
  ['common', 'domain', 'workshop'],
  async function DashboardPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    // Facilitators only: 'session.run' is theirs; everyone else gets forbidden() from the guard.
    await requirePageAccess(id, 'session.run', `/assessments/${id}/dashboard`);
    const db = getDb();
    const names = await guideNames(db, id, await getLocale());
    const [{ dashboard: initial, progress: areas }, overview, t] = await Promise.all([
      dashboardWithProgress(db, id, names.area),
      monitoringOverview(db, id),
      getTranslations('workshop'),
    ]);
    return (
      <>
        <h2 className="mb-1 text-xl font-semibold">{t('dashboardTitle')}</h2>
        <div className="mb-4">
          <p className="text-sm text-slate-700">{t('dashboardIntro')}</p>
          <GuideTranslationNote official={names.official(areas.map((a) => a.areaId))} />
        </div>
        <DashboardView assessmentId={id} initial={initial} />
        <MonitoringDashboard areas={areas} overview={overview} />
      </>
    );
  },
);
