import type { Metadata } from 'next';
import { DashboardView } from '@/components/workshop/dashboard/dashboard-view';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { computeDashboard } from '@/lib/services/dashboard';

export const metadata: Metadata = { title: 'Facilitators’ dashboard' };

export default async function DashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Facilitators only: 'session.run' is theirs; everyone else gets forbidden() from the guard.
  await requirePageAccess(id, 'session.run', `/assessments/${id}/dashboard`);
  const initial = await computeDashboard(getDb(), id);
  return (
    <>
      <h2 className="mb-1 text-xl font-semibold">Facilitators’ dashboard</h2>
      <p className="mb-4 text-sm text-slate-700">
        Per group and area: questions answered (an answer and an evaluation), how they are evaluated, findings the plenary disputed, and members
        who have not yet edited an answer or commented.
      </p>
      <DashboardView assessmentId={id} initial={initial} />
    </>
  );
}
