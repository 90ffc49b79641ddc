import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportButton } from '@/components/report/export-button';
import { MissionAgenda } from '@/components/report/mission-agenda';
import { TorApprovals } from '@/components/report/tor-approvals';
import { TorForm } from '@/components/report/tor-form';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isFacilitator } from '@/lib/domain/access/roles';
import { listTorApprovals } from '@/lib/services/reports/tor-approvals';
import { listSessions } from '@/lib/services/workshop/sessions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('report');
  return { title: t('torTitle') };
}

export default withClientMessages(
  ['checklist', 'governance', 'report'],
  async function TermsOfReferencePage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(
      id,
      'assessment.view',
      `/assessments/${id}/terms-of-reference`,
    );
    const canEdit = isFacilitator(membership.role);
    const db = getDb();
    const [t, tg, sessions, approvals] = await Promise.all([
      getTranslations('report'),
      getTranslations('governance'),
      listSessions(db, id),
      listTorApprovals(db, id),
    ]);
    return (
      <>
        <h2 className="text-xl font-semibold">{t('torHeading')}</h2>
        <p className="mb-3 text-sm text-slate-700">
          {t('torIntro')}
          {canEdit ? t('torEditable') : t('torReadOnly')}{' '}
          <Link href={`/assessments/${id}/pre-mission-report`} className="text-brand-700 hover:underline">
            {tg('preMissionLink')}
          </Link>
        </p>
        <div className="mb-3 flex flex-wrap gap-4">
          <ExportButton href={`/api/assessments/${id}/terms-of-reference.docx`} label={t('downloadDocx')} />
          <ExportButton
            href={`/api/assessments/${id}/terms-of-reference.docx?redacted=1`}
            label={t('redactedTorDocx')}
          />
        </div>
        <div className="grid gap-6">
          <TorForm assessmentId={id} user={{ id: user.id, name: user.name }} canEdit={canEdit} />
          <MissionAgenda assessmentId={id} sessions={sessions} />
          <TorApprovals assessmentId={id} initial={approvals} canEdit={canEdit} />
        </div>
        <GuideCredit />
      </>
    );
  },
);
