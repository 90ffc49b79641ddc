import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { FeedbackAdmin } from '@/components/report/feedback-admin';
import { FeedbackSurvey } from '@/components/report/feedback-survey';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isFacilitator } from '@/lib/domain/access/roles';
import { feedbackState, feedbackSummary } from '@/lib/services/reports/feedback';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('report');
  return { title: t('feedbackTitle') };
}

export default withClientMessages(
  ['report'],
  async function FeedbackPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/feedback`);
    const db = getDb();
    const t = await getTranslations('report');
    const state = await feedbackState(db, id, user.id);
    const facilitator = isFacilitator(membership.role);
    return (
      <>
        <h2 className="text-xl font-semibold">{t('feedbackHeading')}</h2>
        <p className="mb-4 text-sm text-slate-700">{t('feedbackIntro')}</p>
        <div className="grid gap-6 lg:grid-cols-2">
          <FeedbackSurvey assessmentId={id} initial={state} />
          {facilitator && (
            <FeedbackAdmin assessmentId={id} initial={state} summary={await feedbackSummary(db, id, true)} />
          )}
        </div>
      </>
    );
  },
);
