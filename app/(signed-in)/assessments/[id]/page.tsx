import type { Metadata } from 'next';
import { StepActivityRow } from '@/components/assessments/step-activity-row';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { assessmentSteps, findMode, processStages, responsibleInMode } from '@/lib/idg/process';
import { assessmentsMessages } from '@/lib/i18n/messages/assessments';
import {
  domainMessages,
  modeDescription,
  modeLabel,
  phaseLabel,
  stageLabel,
  stepLabel,
} from '@/lib/i18n/messages/domain';
import { getFormat, getT } from '@/lib/i18n/server';
import { listMembers } from '@/lib/services/accounts/members';
import { listStepActivities } from '@/lib/services/assessments/step-activities';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(assessmentsMessages))('overviewTitle') };
}

export default async function AssessmentOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}`);
  const db = getDb();
  const [assessment, tracking, members] = await Promise.all([
    pageAssessment(id),
    listStepActivities(db, id),
    listMembers(db, id),
  ]);
  const mode = assessment!.mode;
  const editable = can(membership.role, 'steps.edit');
  const [t, td, f] = await Promise.all([getT(assessmentsMessages), getT(domainMessages), getFormat()]);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="about">
        <h2 id="about" className="mb-2 text-lg font-semibold">
          {t('about')}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 text-sm md:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('mode')}</dt>
          <dd>
            {t('modeLine', { mode, name: modeLabel(td, mode, findMode(mode)?.name) })}.{' '}
            {modeDescription(td, mode, findMode(mode)?.description)}
          </dd>
          <dt className="font-medium">{t('scope')}</dt>
          <dd>
            {assessment!.scope === 'comprehensive'
              ? t('scopeComprehensiveAll')
              : t('targeted', { n: assessment!.areas.length })}
          </dd>
          <dt className="font-medium">{t('planned')}</dt>
          <dd>
            {t('plannedRange', {
              start: assessment!.plannedStart ? f.day(assessment!.plannedStart) : t('noStart'),
              end: assessment!.plannedEnd ? f.day(assessment!.plannedEnd) : t('noEnd'),
              zone: assessment!.timeZone,
            })}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="stages">
        <h2 id="stages" className="mb-2 text-lg font-semibold">
          {t('processHeading')}
        </h2>
        <ol className="grid gap-2 md:grid-cols-5">
          {processStages.map((s, i) => (
            <li
              key={s.id}
              className={`rounded-md border p-3 text-sm ${i === 0 ? 'border-brand-600 bg-brand-50' : 'border-slate-200 bg-white'}`}
            >
              <span className="block text-xs text-slate-600">{t('stage', { n: i + 1 })}</span>
              {stageLabel(td, s.id, s.title)}
              {i === 0 && <span className="block text-xs font-semibold text-brand-700">{t('currentStage')}</span>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps" className="mb-2 text-lg font-semibold">
          {t('stepsHeading')}
        </h2>
        <ol className="grid gap-6">
          {assessmentSteps.map((step) => (
            <li key={step.step}>
              <h3 className="mb-2 font-semibold">
                {t('stepTitle', { n: step.step, title: stepLabel(td, step.step, step.title) })}{' '}
                <span className="text-xs font-normal text-slate-600">({phaseLabel(td, step.phase)})</span>
              </h3>
              <ul className="grid gap-2">
                {step.activities.map((a) => {
                  const tracked = tracking.get(a.code)!;
                  return (
                    <StepActivityRow
                      key={a.code}
                      assessmentId={id}
                      editable={editable}
                      members={members.map((m) => ({ id: m.userId, name: m.name }))}
                      activity={{
                        code: a.code,
                        title: a.title,
                        responsible: responsibleInMode(a, mode),
                        status: tracked.status,
                        dueDate: tracked.dueDate,
                        ownerId: tracked.ownerId,
                        notes: tracked.notes,
                      }}
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
