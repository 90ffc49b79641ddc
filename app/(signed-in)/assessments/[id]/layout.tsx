import type { ReactNode } from 'react';
import { AssessmentNav } from '@/components/assessments/assessment-nav';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { ROLE_NAMES } from '@/lib/domain/roles';
import { findAssessment } from '@/lib/services/assessments';

export default async function AssessmentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}`);
  const assessment = (await findAssessment(getDb(), id))!;
  return (
    <>
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
          { href: '/sessions', label: 'Sessions' },
          { href: '/members', label: 'Working group' },
        ]}
      />
      {children}
    </>
  );
}
