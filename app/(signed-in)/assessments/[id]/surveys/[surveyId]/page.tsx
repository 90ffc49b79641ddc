import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SurveyBuilder } from '@/components/surveys/survey-builder';
import { SurveyControls } from '@/components/surveys/survey-controls';
import { SurveyKpi } from '@/components/surveys/survey-kpi';
import { SurveyResultsView } from '@/components/surveys/survey-results';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { monitoredKpis, monitoredPlan } from '@/lib/services/monitoring/monitoring-plan';
import { surveyResults } from '@/lib/services/surveys/survey-answers';
import { getSurvey } from '@/lib/services/surveys/surveys';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveys'))('tab') };
}

export default withClientMessages(
  ['surveys'],
  async function SurveyPage({ params }: { params: Promise<{ id: string; surveyId: string }> }) {
    const { id, surveyId } = await params;
    const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/surveys/${surveyId}`);
    const db = getDb();
    const t = await getTranslations('surveys');
    const survey = await getSurvey(db, membership, surveyId).catch(() => null);
    if (!survey) notFound();
    const manager = can(membership.role, 'survey.manage');
    const results = await surveyResults(db, membership, surveyId, t('notAnswered'));
    const plan = manager ? await monitoredPlan(db, id) : null;
    const kpis = plan ? monitoredKpis(plan).map((k) => ({ id: k.id, name: k.name })) : [];
    return (
      <>
        <Link href={`/assessments/${id}/surveys`} className="text-sm text-brand-700 hover:underline">
          ← {t('allSurveys')}
        </Link>
        <h2 className="mt-3 text-xl font-semibold">{survey.title}</h2>
        {manager && <SurveyControls assessmentId={id} survey={survey} />}
        {manager && survey.status === 'draft' ? (
          <SurveyBuilder assessmentId={id} survey={survey} />
        ) : (
          <SurveyResultsView results={results} />
        )}
        {manager && survey.status !== 'draft' && results.total > 0 && (
          <SurveyKpi assessmentId={id} survey={survey} kpis={kpis} />
        )}
      </>
    );
  },
);
