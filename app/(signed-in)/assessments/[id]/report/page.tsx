import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportButton } from '@/components/report/export-button';
import { ReportNarrative } from '@/components/report/report-narrative';
import { SignoffPanel } from '@/components/report/signoff-panel';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { seesSensitive } from '@/lib/domain/reports/redaction';
import { isFacilitator } from '@/lib/domain/access/roles';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('report');
  return { title: t('pageTitle') };
}

export default withClientMessages(
  ['checklist', 'common', 'domain', 'report'],
  async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/report`);
    const t = await getTranslations('report');
    const api = `/api/assessments/${id}`;
    const full = seesSensitive(membership.role);
    return (
      <>
        <h2 className="text-xl font-semibold">{t('heading')}</h2>
        <p className="mb-4 text-sm text-slate-700">
          {t('intro')}{' '}
          <Link href={`/assessments/${id}/terms-of-reference`} className="text-brand-700 hover:underline">
            {t('torLink')}
          </Link>{' '}
          ·{' '}
          <Link href={`/assessments/${id}/feedback`} className="text-brand-700 hover:underline">
            {t('feedbackLink')}
          </Link>
        </p>
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <ReportNarrative
            assessmentId={id}
            user={{ id: user.id, name: user.name }}
            canEdit={isFacilitator(membership.role)}
          />
          <div className="space-y-4">
            <SignoffPanel assessmentId={id} canSign={isFacilitator(membership.role)} />
            <section
              aria-labelledby="exports-heading"
              className="space-y-2 rounded-md border border-slate-200 bg-white p-3"
            >
              <h3 id="exports-heading" className="font-semibold">
                {t('exports')}
              </h3>
              {full ? (
                <>
                  <ExportButton href={`${api}/report.docx`} label={t('reportDocx')} />
                  <ExportButton href={`${api}/report.pdf`} label={t('reportPdf')} />
                  <ExportButton href={`${api}/checklist.xlsx`} label={t('checklistXlsx')} />
                  <p className="text-sm text-slate-700">{t('redactedIntro')}</p>
                </>
              ) : (
                <p className="text-sm text-slate-700">{t('redactedOnly')}</p>
              )}
              <ExportButton href={`${api}/report.docx?redacted=1`} label={t('redactedDocx')} />
              <ExportButton href={`${api}/report.pdf?redacted=1`} label={t('redactedPdf')} />
              <ExportButton href={`${api}/checklist.xlsx?redacted=1`} label={t('redactedXlsx')} />
            </section>
          </div>
        </div>
        <section aria-labelledby="preview-heading" className="mt-6">
          <h3 id="preview-heading" className="font-semibold">
            {full ? t('preview') : t('previewRedacted')}
          </h3>
          {/* An empty sandbox: the preview is escaped already, and even so may run nothing. */}
          <iframe
            title={t('previewFrame')}
            sandbox=""
            src={`${api}/report/preview`}
            className="mt-2 h-[36rem] w-full rounded-md border border-slate-300 bg-white"
          />
        </section>
        <GuideCredit />
      </>
    );
  },
);
