import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { areaLabel, areaQuestions, checklistAreas } from '@/lib/idg/checklist';
import { findAssessment } from '@/lib/services/assessments';

export const metadata: Metadata = { title: 'Checklist' };

export default async function ChecklistIndexPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess(id, 'checklist.view', `/assessments/${id}/checklist`);
  const assessment = (await findAssessment(getDb(), id))!;
  const areas = checklistAreas.filter((a) => assessment.areas.includes(a.id));
  const total = areas.reduce((n, a) => n + areaQuestions(a).length, 0);
  return (
    <>
      <h2 className="mb-1 text-lg font-semibold">Checklist (Annex 3)</h2>
      <p className="mb-4 text-sm text-slate-700">
        {areas.length} areas, {total} questions in this assessment’s scope. Each question needs a detailed, informative answer, not a yes or no.
      </p>
      <ul className="grid gap-2 md:grid-cols-2">
        {areas.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <Link href={`/assessments/${id}/checklist/${a.id}`} className="font-medium text-brand-700 hover:underline">
              {areaLabel(a)}
            </Link>
            <p className="text-xs text-slate-600">
              {areaQuestions(a).length} questions in {a.sections.length} {a.sections.length === 1 ? 'section' : 'sections'}
            </p>
          </li>
        ))}
      </ul>
      <GuideCredit />
    </>
  );
}
