import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { ComparisonView } from '@/components/monitoring/comparison-view';
import { ReviewIndicators } from '@/components/monitoring/review-indicators';
import { GapAnalysisView } from '@/components/monitoring/gap-analysis-view';
import { NewPlanView } from '@/components/monitoring/new-plan-view';
import { StartRoundForm } from '@/components/monitoring/start-round-form';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { getFormat, getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { monitoringOverview } from '@/lib/services/monitoring/monitoring';
import { reviewIndicatorsWithPrevious } from '@/lib/services/monitoring/review-indicators';
import { laterRounds, roundComparison } from '@/lib/services/monitoring/review-round';
import { newPlan } from '@/lib/services/monitoring/plan-continuity';
import { roundGapAnalysis } from '@/lib/services/monitoring/gap-analysis';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('monitoring'))('reviewTitle') };
}

export default withClientMessages(
  ['common', 'domain', 'monitoring'],
  async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'monitoring.view', `/assessments/${id}/review`);
    const db = getDb();
    const names = await guideNames(db, id, await getLocale());
    const [assessment, overview, later, comparison, newPlanSort, indicators] = await Promise.all([
      pageAssessment(id),
      monitoringOverview(db, id),
      laterRounds(db, id),
      roundComparison(db, id, names.area),
      newPlan(db, id),
      reviewIndicatorsWithPrevious(db, id),
    ]);
    const gaps = await roundGapAnalysis(db, id, comparison);
    const t = await getTranslations('monitoring');
    const f = await getFormat();
    return (
      <>
        <h2 className="mb-1 text-xl font-semibold">{t('reviewTitle')}</h2>
        <p className="mb-4 text-sm text-slate-700">{t('reviewIntro')}</p>
        {later.length > 0 && (
          <section aria-labelledby="later-heading" className="mb-4">
            <h3 id="later-heading" className="font-semibold">
              {t('laterRoundsTitle')}
            </h3>
            <ul className="list-disc pl-5 text-sm">
              {later.map((r) => (
                <li key={r.id}>
                  <Link href={`/assessments/${r.id}/review`} className="text-brand-700 underline">
                    {r.title}
                  </Link>{' '}
                  ({f.date(r.startedAt)})
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="start-heading" className="rounded-md border border-slate-300 p-3">
          <h3 id="start-heading" className="mb-2 font-semibold">
            {t('startTitle')}
          </h3>
          {!can(membership.role, 'round.start') ? (
            <p className="text-sm text-slate-700">{t('onlyFacilitators')}</p>
          ) : !overview.plan ? (
            <p className="text-sm text-slate-700">{t('needsAdoption')}</p>
          ) : (
            <StartRoundForm
              assessmentId={id}
              defaultTitle={`${assessment?.title ?? ''} – review`}
              activities={overview.activities.map((a) => ({
                id: a.id,
                number: a.number,
                title: a.title,
                status: a.status,
              }))}
            />
          )}
        </section>
        {comparison.round ? (
          <>
            <GuideTranslationNote
              className="mt-4 text-xs text-slate-600"
              official={names.official(comparison.areas.map((a) => a.areaId))}
            />
            {newPlanSort && (
              <NewPlanView assessmentId={id} plan={newPlanSort} maySort={can(membership.role, 'round.start')} />
            )}
            {gaps && <GapAnalysisView analysis={gaps} />}
            <ComparisonView comparison={comparison} />
          </>
        ) : (
          <p className="mt-6 text-sm text-slate-700">{t('notARound')}</p>
        )}
        <ReviewIndicators assessmentId={id} data={indicators} mayEdit={can(membership.role, 'evaluation.edit')} />
      </>
    );
  },
);
