import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { areaLabel, areaQuestions, checklistAreas } from '@/lib/idg/checklist';
import { findAssessment } from '@/lib/services/assessments';
import { checklistProgress } from '@/lib/services/dashboard';

export const metadata: Metadata = { title: 'Checklist' };

export default async function ChecklistIndexPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess(id, 'checklist.view', `/assessments/${id}/checklist`);
  const db = getDb();
  const assessment = (await findAssessment(db, id))!;
  const areas = checklistAreas.filter((a) => assessment.areas.includes(a.id));
  const progress = new Map((await checklistProgress(db, id)).map((p) => [p.areaId, p]));
  const total = areas.reduce((n, a) => n + areaQuestions(a).length, 0);
  const answered = [...progress.values()].reduce((n, p) => n + p.answered, 0);
  return (
    <>
      <h2 className="mb-1 text-lg font-semibold">Checklist (Annex 3)</h2>
      <p className="mb-4 text-sm text-slate-700">
        {areas.length} areas, {total} questions in this assessment’s scope; {answered} answered (a detailed answer and an evaluation). Each question needs a
        detailed, informative answer, not a yes or no.
      </p>
      <ul className="grid gap-2 md:grid-cols-2">
        {areas.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <Link href={`/assessments/${id}/checklist/${a.id}`} className="font-medium text-brand-700 hover:underline">
              {areaLabel(a)}
            </Link>
            <p className="text-xs text-slate-600">
              {progress.get(a.id)?.answered ?? 0} of {areaQuestions(a).length} answered
              {progress.get(a.id)?.byStatus['action-required'] ? ` · ${progress.get(a.id)?.byStatus['action-required']} action required` : ''}
            </p>
            <progress className="mt-1 h-2 w-full" max={areaQuestions(a).length} value={progress.get(a.id)?.answered ?? 0} aria-label={`${areaLabel(a)}: answered questions`} />
          </li>
        ))}
      </ul>
      <GuideCredit />
    </>
  );
}
