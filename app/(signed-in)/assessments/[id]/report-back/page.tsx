import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { LiveReportBack } from '@/components/workshop/report-back/live-report-back';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { reportBackState } from '@/lib/services/workshop/findings';
import { groupsOverview } from '@/lib/services/workshop/group-overview';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workshop');
  return { title: t('reportBackTitle') };
}

export default withClientMessages(
  ['checklist', 'checklistAdaptation', 'domain', 'guideWords', 'live', 'workshop'],
  async function ReportBackPage({
    params,
    searchParams,
  }: {
    params: Promise<{ id: string }>;
    searchParams: Promise<{ group?: string | string[] }>;
  }) {
    const { id } = await params;
    const { group } = await searchParams;
    const { user, membership } = await requirePageAccess(id, 'checklist.view', `/assessments/${id}/report-back`);
    const db = getDb();
    const [overview, state, t] = await Promise.all([
      groupsOverview(db, id),
      reportBackState(db, id),
      getTranslations('workshop'),
    ]);
    return (
      <>
        <p className="mb-4 text-sm text-slate-700">{t('reportBackIntro')}</p>
        <LiveReportBack
          assessmentId={id}
          groups={overview.groups.map((g) => ({ id: g.id, name: g.name, rapporteur: g.rapporteur?.name ?? null }))}
          groupId={typeof group === 'string' ? group : null}
          user={{ id: user.id, name: user.name }}
          initialState={state}
          canDecide={can(membership.role, 'session.run')}
          canComment={can(membership.role, 'comment')}
        />
      </>
    );
  },
);
