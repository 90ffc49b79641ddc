import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportButton } from '@/components/report/export-button';
import { MissionAgenda } from '@/components/report/mission-agenda';
import { PreMissionForm } from '@/components/report/pre-mission-form';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isFacilitator } from '@/lib/domain/access/roles';
import { listSessions } from '@/lib/services/workshop/sessions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('governance');
  return { title: t('preMissionTitle') };
}

export default withClientMessages(
  ['checklist', 'governance', 'report'],
  async function PreMissionReportPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(
      id,
      'assessment.view',
      `/assessments/${id}/pre-mission-report`,
    );
    const canEdit = isFacilitator(membership.role);
    const [t, tr, sessions] = await Promise.all([
      getTranslations('governance'),
      getTranslations('report'),
      listSessions(getDb(), id),
    ]);
    return (
      <>
        <h2 className="text-xl font-semibold">{t('preMissionHeading')}</h2>
        <p className="mb-3 text-sm text-slate-700">
          {t('preMissionIntro')}
          {canEdit ? tr('torEditable') : tr('torReadOnly')}{' '}
          <Link href={`/assessments/${id}/terms-of-reference`} className="text-brand-700 hover:underline">
            {t('torLink')}
          </Link>
        </p>
        <div className="mb-3 flex flex-wrap gap-4">
          <ExportButton href={`/api/assessments/${id}/pre-mission-report.docx`} label={tr('downloadDocx')} />
          <ExportButton
            href={`/api/assessments/${id}/pre-mission-report.docx?redacted=1`}
            label={tr('redactedTorDocx')}
          />
        </div>
        <div className="grid gap-6">
          <PreMissionForm assessmentId={id} user={{ id: user.id, name: user.name }} canEdit={canEdit} />
          <MissionAgenda assessmentId={id} sessions={sessions} />
        </div>
        <GuideCredit />
      </>
    );
  },
);
