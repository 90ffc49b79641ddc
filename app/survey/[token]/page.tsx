import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { PublicSurveyForm } from '@/components/surveys/public-survey-form';
import { getDb } from '@/lib/db/client';
import { findPublicSurvey } from '@/lib/services/surveys/survey-answers';

// The link is the survey's only key: it is never sent on as a referrer, and never indexed.
export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const survey = await findPublicSurvey(getDb(), (await params).token);
  // Anyone holding the link sees the title of an open or closed survey on the page anyway.
  const title = survey && survey.status !== 'draft' ? survey.title : (await getTranslations('surveys'))('publicTitle');
  return { title, referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/** A survey answered through its public link: no account, nothing about the respondent kept. */
export default withClientMessages(
  ['surveys'],
  async function PublicSurveyPage({
    params,
    searchParams,
  }: {
    params: Promise<{ token: string }>;
    searchParams: Promise<{ invitation?: string | string[] }>;
  }) {
    const { token } = await params;
    const { invitation } = await searchParams;
    const t = await getTranslations('surveys');
    const survey = await findPublicSurvey(getDb(), token);
    return (
      <main className="mx-auto max-w-2xl p-4">
        {!survey || survey.status === 'draft' ? (
          <p role="alert">{t('linkInvalid')}</p>
        ) : survey.status === 'closed' ? (
          <>
            <h1 className="mb-2 text-2xl font-semibold">{survey.title}</h1>
            <p role="status">{t('surveyClosed')}</p>
          </>
        ) : (
          <>
            <h1 className="mb-2 text-2xl font-semibold">{survey.title}</h1>
            {survey.intro && <p className="mb-4 whitespace-pre-wrap text-sm text-slate-700">{survey.intro}</p>}
            <PublicSurveyForm
              token={token}
              questions={survey.questions}
              invitation={typeof invitation === 'string' ? invitation : null}
              invitationOnly={survey.invitationOnly}
            />
          </>
        )}
      </main>
    );
  },
);
