'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { answerHref } from '@/lib/domain/workshop/findings-rules';
import { planActivities, type TPlanDraft } from '@/lib/domain/plan/plan-tree';
import { questionRef } from '@/lib/i18n/question-ref';
import type { TAgreedActivity } from '@/lib/contracts/plan';

/** Where each source question is used: question → agreed activity → plan activity (and so objective and outcome). */
export function Traceability({
  assessmentId,
  draft,
  agreed,
}: {
  assessmentId: string;
  draft: TPlanDraft;
  agreed: readonly TAgreedActivity[];
}) {
  const t = useTranslations('plan');
  const td = useTranslations('domain');
  const tw = useTranslations('guideWords');
  const activities = planActivities(draft);
  const keys = [...new Set(agreed.flatMap((a) => a.sources))].sort();
  return (
    <section aria-labelledby="trace-h" className="grid gap-2 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="trace-h" className="font-semibold">
        {t('whereUsed')}
      </h3>
      {keys.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noneCited')}</p>
      ) : (
        <ul aria-label={t('questionsUsed')} className="grid gap-1 text-sm">
          {keys.map((key) => {
            const uses = agreed
              .filter((a) => a.sources.includes(key))
              .flatMap((c) => activities.filter((a) => a.candidateId === c.id));
            return (
              <li key={key}>
                <Link
                  href={answerHref(assessmentId, key)}
                  className="font-medium text-brand-700 hover:underline"
                  data-question-key={key}
                >
                  {questionRef(td, tw, key)}
                </Link>
                {' → '}
                {uses.length === 0 ? (
                  <span className="text-slate-600">{t('notInPlan')}</span>
                ) : (
                  uses.map((a, i) => (
                    <span key={a.id}>
                      {i > 0 && ', '}
                      <a href={`#row-${a.id}`} className="text-brand-700 hover:underline">
                        {t('activityLink', { n: a.number })}
                      </a>
                    </span>
                  ))
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
