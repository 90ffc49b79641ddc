import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { SurveyList } from '@/components/surveys/survey-list';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { listSurveys } from '@/lib/services/surveys/surveys';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveys'))('title') };
}

export default withClientMessages(
  ['surveys'],
  async function SurveysPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/surveys`);
    const t = await getTranslations('surveys');
    return (
      <>
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <p className="mb-4 max-w-3xl text-sm text-slate-700">{t('intro')}</p>
        <SurveyList
          assessmentId={id}
          surveys={await listSurveys(getDb(), membership)}
          canManage={can(membership.role, 'survey.manage')}
        />
      </>
    );
  },
);
