import type { Metadata } from 'next';
import { FeedbackAdmin } from '@/components/report/feedback-admin';
import { FeedbackSurvey } from '@/components/report/feedback-survey';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isFacilitator } from '@/lib/domain/access/roles';
import { reportMessages } from '@/lib/i18n/messages/report';
import { getT } from '@/lib/i18n/server';
import { feedbackState, feedbackSummary } from '@/lib/services/reports/feedback';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT(reportMessages);
  return { title: t('feedbackTitle') };
}

export default async function FeedbackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/feedback`);
  const db = getDb();
  const t = await getT(reportMessages);
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
}
