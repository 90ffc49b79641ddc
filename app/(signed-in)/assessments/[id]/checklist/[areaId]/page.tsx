import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AreaReadingView } from '@/components/checklist/area-reading-view';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { findArea } from '@/lib/idg/checklist';
import { findAssessment } from '@/lib/services/assessments';

export const metadata: Metadata = { title: 'Checklist area' };

export default async function ChecklistAreaPage({ params }: { params: Promise<{ id: string; areaId: string }> }) {
  const { id, areaId } = await params;
  await requirePageAccess(id, 'checklist.view', `/assessments/${id}/checklist/${areaId}`);
  const assessment = (await findAssessment(getDb(), id))!;
  const area = findArea(areaId);
  if (!area || !assessment.areas.includes(area.id)) notFound();
  return (
    <>
      <Link href={`/assessments/${id}/checklist`} className="text-sm text-brand-700 hover:underline">
        ← All areas
      </Link>
      <div className="mt-3">
        <AreaReadingView area={area} />
      </div>
      <GuideCredit />
    </>
  );
}
