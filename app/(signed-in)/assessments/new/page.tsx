import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { CreateAssessmentForm } from '@/components/assessments/create-assessment-form';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { canCreateAssessment } from '@/lib/domain/permissions';
import { areaLabel, checklistAreas } from '@/lib/idg/checklist';
import { assessmentModes } from '@/lib/idg/process';
import { rolesHeld } from '@/lib/services/assessments';

export const metadata: Metadata = { title: 'New assessment' };

export default async function NewAssessmentPage() {
  const user = await requirePageUser('/assessments/new');
  if (!canCreateAssessment(user.isAdmin, await rolesHeld(getDb(), user.id))) forbidden();
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">New integrity assessment</h1>
      <CreateAssessmentForm
        areas={checklistAreas.map((a) => ({ id: a.id, label: areaLabel(a) }))}
        modes={assessmentModes.map((m) => ({ id: m.id, name: m.name }))}
        timeZones={['UTC', ...Intl.supportedValuesOf('timeZone')]}
      />
    </>
  );
}
