import type { Metadata } from 'next';
import { PrioritiesView } from '@/components/prioritisation/priorities-view';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/permissions';
import { priorityCriteria } from '@/lib/idg/process';
import { listActivities } from '@/lib/services/candidate-activities';
import { priorities } from '@/lib/services/priorities';

export const metadata: Metadata = { title: 'Priorities' };

export default async function PrioritiesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/priorities`);
  const db = getDb();
  const [activities, initial] = await Promise.all([listActivities(db, id), priorities(db, id)]);
  return (
    <>
      <p className="mb-4 text-sm text-slate-700">
        The working group rates each activity found in the assessment against the guide’s priority criteria, in words (low, medium or high) rather than numbers, then agrees each one’s priority for the action plan.
      </p>
      <PrioritiesView
        assessmentId={id}
        criteria={priorityCriteria.map((c) => ({ id: c.id, title: c.title }))}
        initialActivities={activities}
        initialPriorities={initial}
        canManage={can(membership.role, 'session.run')}
        canVote={can(membership.role, 'vote')}
      />
    </>
  );
}
