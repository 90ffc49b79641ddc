import type { ReactNode } from 'react';
import { AssessmentNav } from '@/components/assessments/assessment-nav';
import { LiveBar } from '@/components/workshop/live/live-bar';
import { LiveRoomProvider } from '@/components/workshop/live/live-room-provider';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { ROLE_NAMES, isFacilitator } from '@/lib/domain/roles';
import { findAssessment } from '@/lib/services/assessments';

export default async function AssessmentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}`);
  const assessment = (await findAssessment(getDb(), id))!;
  return (
    <LiveRoomProvider assessmentId={id}>
      <p className="text-sm text-slate-600">
        {assessment.administration}, {assessment.country} · You: {ROLE_NAMES[membership.role]}
      </p>
      <h1 className="mb-4 text-2xl font-semibold">{assessment.title}</h1>
      <AssessmentNav
        assessmentId={id}
        tabs={[
          { href: '', label: 'Overview' },
          { href: '/checklist', label: 'Checklist' },
          { href: '/groups', label: 'Groups' },
          { href: '/report-back', label: 'Report-back' },
          { href: '/priorities', label: 'Priorities' },
          ...(isFacilitator(membership.role) ? [{ href: '/dashboard', label: 'Dashboard' }] : []),
          { href: '/plan', label: 'Action plan' },
          { href: '/report', label: 'Report' },
          { href: '/sessions', label: 'Sessions' },
          { href: '/members', label: 'Working group' },
        ]}
      />
      <LiveBar />
      {children}
    </LiveRoomProvider>
  );
}
