import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { KpiSheetList } from '@/components/kpi/kpi-sheet-list';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { listKpiSheets } from '@/lib/services/plan/kpi';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('plan');
  return { title: t('kpiTitle') };
}

export default withClientMessages(
  ['guideWords', 'plan'],
  async function KpiSheetsPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/plan/kpis`);
    const [sheets, t] = await Promise.all([listKpiSheets(getDb(), id), getTranslations('plan')]);
    return (
      <>
        <Link href={`/assessments/${id}/plan`} className="text-sm text-brand-700 hover:underline">
          {t('backToPlan')}
        </Link>
        <h2 className="mt-3 text-xl font-semibold">{t('kpiHeading')}</h2>
        <p className="mb-4 text-sm text-slate-700">{t('kpiIntro')}</p>
        <KpiSheetList assessmentId={id} sheets={sheets} canEdit={can(membership.role, 'plan.edit')} />
        <GuideCredit />
      </>
    );
  },
);
