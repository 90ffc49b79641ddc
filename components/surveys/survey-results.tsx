'use client';

import { useTranslations } from 'next-intl';
import type { TQuestionResult } from '@/lib/domain/surveys/survey-results';
import { MIN_GROUP_ANSWERS } from '@/lib/domain/surveys/anonymity';
import { useFormat } from '@/lib/i18n/client';
import type { TSurveyResults } from '@/lib/contracts/surveys';
import { BarChart } from './bar-chart';

function QuestionResult({ r }: { r: TQuestionResult }) {
  const t = useTranslations('surveys');
  const f = useFormat();
  const pct = (n: number) => (r.answered ? f.percent(n / r.answered) : '—');
  if (r.type === 'text') {
    return (
      <div>
        <p className="text-sm font-medium">{r.text}</p>
        {r.texts.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noAnswers')}</p>
        ) : (
          <ul className="ml-4 list-disc text-sm">
            {r.texts.map((x, i) => (
              <li key={i} className="whitespace-pre-wrap">
                {x}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const bars =
    r.type === 'scale'
      ? r.counts.map((value, i) => ({ label: String(i + 1), value }))
      : r.options.map((label, i) => ({ label, value: r.counts[i] ?? 0 }));
  return (
    <div>
      <BarChart
        caption={r.text}
        bars={bars}
        total={r.answered}
        valueLabel={(b) => `${f.number(b.value)} (${pct(b.value)})`}
      />
      <p className="text-xs text-slate-600">
        {t('answered', { n: r.answered })}
        {r.type === 'scale' && r.mean !== null && <> · {t('mean', { mean: r.mean.toFixed(2), points: r.points })}</>}
      </p>
    </div>
  );
}

/** A survey's results: every question charted, then breakdowns by each grouping question with small groups hidden. */
export function SurveyResultsView({ results }: { results: TSurveyResults }) {
  const t = useTranslations('surveys');
  return (
    <section aria-labelledby="results" className="mt-4 grid gap-4">
      <h3 id="results" className="text-lg font-semibold">
        {t('results')}
      </h3>
      <p className="text-sm" aria-live="polite">
        {t('totalAnswers', { n: results.total })}
      </p>
      {results.total === 0 ? (
        <p className="text-sm text-slate-700">{t('noResultsYet')}</p>
      ) : (
        <>
          {results.questions.map((r) => (
            <QuestionResult key={r.id} r={r} />
          ))}
          {results.breakdowns.map((b) => (
            <section
              key={b.questionId}
              aria-labelledby={`bd-${b.questionId}`}
              className="rounded-md border border-slate-200 bg-white p-3"
            >
              <h4 id={`bd-${b.questionId}`} className="font-semibold">
                {t('breakdownBy', { question: b.text })}
              </h4>
              <p className="mb-2 text-xs text-slate-600">{t('threshold', { k: MIN_GROUP_ANSWERS })}</p>
              {b.groups.map((g) => (
                <details key={g.label} className="mb-2">
                  <summary className="cursor-pointer text-sm font-medium">
                    {g.label}:{' '}
                    {g.hidden
                      ? g.reason === 'too-few'
                        ? t('hiddenTooFew', { k: MIN_GROUP_ANSWERS })
                        : t('hiddenComplement')
                      : t('answers', { n: g.answers })}
                  </summary>
                  {!g.hidden && (
                    <div className="ml-4">
                      {g.results.map((r) => (
                        <QuestionResult key={r.id} r={r} />
                      ))}
                    </div>
                  )}
                </details>
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
