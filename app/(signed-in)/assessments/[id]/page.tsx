import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { MyHome } from '@/components/assessments/my-home';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { ModeChanger, StepOneChoices } from '@/components/assessments/facilitator-settings';
import { StepActivityRow } from '@/components/assessments/step-activity-row';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { isFacilitator } from '@/lib/domain/access/roles';
import { mayChangeMode, mayRunConcurrently, responsibleRoles, stepProgress } from '@/lib/domain/assessments/modes';
import { assessmentSteps, findMode } from '@/lib/idg/process';
import { modeDescription, modeLabel, phaseLabel, stepLabel } from '@/lib/i18n/domain-labels';
import { activityTitle } from '@/lib/i18n/guide-words';
import { getFormat, getLocale } from '@/lib/i18n/server';
import { listMembers } from '@/lib/services/accounts/members';
import { myWorkshop } from '@/lib/services/assessments/my-workshop';
import { listStepActivities } from '@/lib/services/assessments/step-activities';
import { guideNames } from '@/lib/services/checklist/guide-names';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assessments'))('overviewTitle') };
}

export default withClientMessages(
  ['assessments', 'common', 'domain', 'governance', 'guideWords', 'modes'],
  async function AssessmentOverviewPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}`);
    const db = getDb();
    const names = await guideNames(db, id, await getLocale());
    const [assessment, tracking, members, me] = await Promise.all([
      pageAssessment(id),
      listStepActivities(db, id),
      listMembers(db, id),
      myWorkshop(db, membership, new Date(), names.area),
    ]);
    const mode = assessment!.mode;
    const editable = can(membership.role, 'steps.edit');
    const [t, td, tm, tg, tgw, f] = await Promise.all([
      getTranslations('assessments'),
      getTranslations('domain'),
      getTranslations('modes'),
      getTranslations('governance'),
      getTranslations('guideWords'),
      getFormat(),
    ]);
    const progressOf = (codes: string[]) => stepProgress(codes.map((c) => tracking.get(c)!));
    // Those who may own an activity: members holding a role Annex 4 makes responsible for it in this mode.
    const ownersFor = (responsible: string | null) => {
      const roles = responsibleRoles(responsible);
      return members.filter((m) => roles.includes(m.role)).map((m) => ({ id: m.userId, name: m.name }));
    };
    const currentStep = me.step?.guide === 'assessment' ? me.step.n : null;
    return (
      <div className="grid gap-8">
        <MyHome assessmentId={id} me={me} facilitator={isFacilitator(membership.role)} />

        <section aria-labelledby="about">
          <h2 id="about" className="mb-2 text-lg font-semibold">
            {t('about')}
          </h2>
          <dl className="grid gap-x-6 gap-y-1 text-sm md:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t('mode')}</dt>
            <dd>
              {t('modeLine', { mode, name: modeLabel(td, mode, findMode(mode)?.name) })}.{' '}
              {modeDescription(td, mode, findMode(mode)?.description)}
              {assessment!.concurrent && <> {tm('concurrentLine')}</>}
              {isFacilitator(membership.role) && (
                <ModeChanger
                  assessmentId={id}
                  current={{ mode, concurrent: assessment!.concurrent }}
                  mayChange={mayChangeMode(me.stage)}
                  modes={[1, 2, 3].map((m) => ({
                    id: m,
                    name: modeLabel(td, m, findMode(m)?.name),
                    concurrentAllowed: mayRunConcurrently(m as 1 | 2 | 3),
                  }))}
                />
              )}
            </dd>
            <dt className="font-medium">{t('scope')}</dt>
            <dd>
              {assessment!.scope === 'comprehensive'
                ? t('scopeComprehensiveAll')
                : t('targeted', { n: assessment!.areas.length })}
            </dd>
            <dt className="font-medium">{tg('stepOne')}</dt>
            <dd>
              {tg('stepOneLine', {
                continuity: assessment!.continuity,
                ...assessment!.expectedDuration,
              })}
              {isFacilitator(membership.role) && (
                <StepOneChoices
                  assessmentId={id}
                  current={{ continuity: assessment!.continuity, expectedDuration: assessment!.expectedDuration }}
                  mayChange={mayChangeMode(me.stage)}
                />
              )}
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

        {/* Folded by step, the current one marked, so the 27 activities stay at hand without filling the page. */}
        <section id="annex-4" aria-labelledby="steps">
          <h2 id="steps" className="mb-2 text-lg font-semibold">
            {t('stepsHeading')}
          </h2>
          <GuideTranslationNote className="mb-2 text-xs text-slate-600" />
          <ol className="grid gap-2">
            {assessmentSteps.map((step) => {
              const codes = step.activities.map((a) => a.code);
              const current = step.step === currentStep;
              return (
                <li key={step.step}>
                  <details className="rounded-md border border-slate-200 bg-white">
                    <summary className="cursor-pointer px-3 py-2">
                      <span className="font-semibold">
                        {t('stepTitle', { n: step.step, title: stepLabel(td, step.step, step.title) })}
                      </span>{' '}
                      <span className="text-xs text-slate-600">
                        ({phaseLabel(td, step.phase)}) · {t('stepProgress', progressOf(codes))}
                        {current && <> · {t('currentStep')}</>}
                      </span>
                    </summary>
                    <ul className="grid gap-2 px-3 pb-3">
                      {step.activities.map((a) => {
                        const tracked = tracking.get(a.code)!;
                        return (
                          <StepActivityRow
                            key={a.code}
                            assessmentId={id}
                            mode={mode}
                            editable={editable}
                            members={ownersFor(tracked.responsible)}
                            activity={{
                              code: a.code,
                              title: activityTitle(tgw, a.code, a.title),
                              applies: tracked.applies,
                              responsible: tracked.responsible ?? tm('responsibleUnspecified'),
                              status: tracked.status,
                              dueDate: tracked.dueDate,
                              ownerId: tracked.ownerId,
                              notes: tracked.notes,
                            }}
                          />
                        );
                      })}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    );
  },
);
