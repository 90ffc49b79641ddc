import type { Metadata } from 'next';
import Link from 'next/link';
import { KpiSheetList } from '@/components/kpi/kpi-sheet-list';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/permissions';
import { listKpiSheets } from '@/lib/services/kpi';

export const metadata: Metadata = { title: 'KPI sheets' };

export default async function KpiSheetsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/plan/kpis`);
  const sheets = await listKpiSheets(getDb(), id);
  return (
    <>
      <Link href={`/assessments/${id}/plan`} className="text-sm text-brand-700 hover:underline">← Action plan</Link>
      <h2 className="mt-3 text-xl font-semibold">KPI metadata sheets</h2>
      <p className="mb-4 text-sm text-slate-700">Every KPI the plan uses is documented on a sheet with the fields a–o of Annex 11; the mandatory ones must be filled before the plan can be adopted. One KPI may serve several activities.</p>
      <KpiSheetList assessmentId={id} sheets={sheets} canEdit={can(membership.role, 'plan.edit')} />
      <GuideCredit />
    </>
  );
}
