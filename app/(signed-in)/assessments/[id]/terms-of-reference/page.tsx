import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { ExportButton } from '@/components/report/export-button';
import { TorForm } from '@/components/report/tor-form';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { isFacilitator } from '@/lib/domain/access/roles';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('report');
  return { title: t('torTitle') };
}

export default withClientMessages(
  ['checklist', 'report'],
  async function TermsOfReferencePage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(
      id,
      'assessment.view',
      `/assessments/${id}/terms-of-reference`,
    );
    const canEdit = isFacilitator(membership.role);
    const t = await getTranslations('report');
    return (
      <>
        <h2 className="text-xl font-semibold">{t('torHeading')}</h2>
        <p className="mb-3 text-sm text-slate-700">
          {t('torIntro')}
          {canEdit ? t('torEditable') : t('torReadOnly')}
        </p>
        <div className="mb-3 flex flex-wrap gap-4">
          <ExportButton href={`/api/assessments/${id}/terms-of-reference.docx`} label={t('downloadDocx')} />
          <ExportButton
            href={`/api/assessments/${id}/terms-of-reference.docx?redacted=1`}
            label={t('redactedTorDocx')}
          />
        </div>
        <TorForm assessmentId={id} user={{ id: user.id, name: user.name }} canEdit={canEdit} />
        <GuideCredit />
      </>
    );
  },
);
