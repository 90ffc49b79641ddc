import type { Metadata } from 'next';
import { StepActivityRow } from '@/components/assessments/step-activity-row';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/permissions';
import { assessmentSteps, findMode, processStages, responsibleInMode } from '@/lib/idg/process';
import { findAssessment } from '@/lib/services/assessments';
import { listMembers } from '@/lib/services/members';
import { listStepActivities } from '@/lib/services/step-activities';

export const metadata: Metadata = { title: 'Assessment overview' };

export default async function AssessmentOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}`);
  const db = getDb();
  const [assessment, tracking, members] = await Promise.all([findAssessment(db, id), listStepActivities(db, id), listMembers(db, id)]);
  const mode = assessment!.mode;
  const editable = can(membership.role, 'steps.edit');
  return (
    <div className="grid gap-8">
      <section aria-labelledby="about">
        <h2 id="about" className="mb-2 text-lg font-semibold">
          About this assessment
        </h2>
        <dl className="grid gap-x-6 gap-y-1 text-sm md:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Mode</dt>
          <dd>
            Mode {mode}: {findMode(mode)?.name}. {findMode(mode)?.description}
          </dd>
          <dt className="font-medium">Scope</dt>
          <dd>{assessment!.scope === 'comprehensive' ? 'Comprehensive (all 14 areas)' : `Targeted (${assessment!.areas.length} areas)`}</dd>
          <dt className="font-medium">Planned</dt>
          <dd>
            {assessment!.plannedStart ?? 'no start date'} to {assessment!.plannedEnd ?? 'no end date'} ({assessment!.timeZone})
          </dd>
        </dl>
      </section>

      <section aria-labelledby="stages">
        <h2 id="stages" className="mb-2 text-lg font-semibold">
          The integrity development process
        </h2>
        <ol className="grid gap-2 md:grid-cols-5">
          {processStages.map((s, i) => (
            <li key={s.id} className={`rounded-md border p-3 text-sm ${i === 0 ? 'border-brand-600 bg-brand-50' : 'border-slate-200 bg-white'}`}>
              <span className="block text-xs text-slate-600">Stage {i + 1}</span>
              {s.title}
              {i === 0 && <span className="block text-xs font-semibold text-brand-700">Current stage</span>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps" className="mb-2 text-lg font-semibold">
          The six assessment steps (Annex 4)
        </h2>
        <ol className="grid gap-6">
          {assessmentSteps.map((step) => (
            <li key={step.step}>
              <h3 className="mb-2 font-semibold">
                Step {step.step}: {step.title} <span className="text-xs font-normal text-slate-600">({step.phase})</span>
              </h3>
              <ul className="grid gap-2">
                {step.activities.map((a) => {
                  const t = tracking.get(a.code)!;
                  return (
                    <StepActivityRow
                      key={a.code}
                      assessmentId={id}
                      editable={editable}
                      members={members.map((m) => ({ id: m.userId, name: m.name }))}
                      activity={{ code: a.code, title: a.title, responsible: responsibleInMode(a, mode), status: t.status, dueDate: t.dueDate, ownerId: t.ownerId, notes: t.notes }}
                    />
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
