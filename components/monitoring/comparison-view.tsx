import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import { domainMessages } from '@/lib/i18n/messages/domain';
import { questionRef } from '@/lib/i18n/question-ref';
import { monitoringMessages } from '@/lib/i18n/messages/monitoring';
import type { TComparison } from '@/lib/contracts/monitoring';
import { answerStatusLabel, changeLabel, statusLabel } from './labels';
import { AreaComparisonChart } from './area-comparison-chart';

const CHANGE_MARK = { improved: '▲', worsened: '▼', changed: '◆', same: '' } as const;

/**
 * The review round's comparison: per area (chart and table), then per question beside the activities that targeted it.
 */
export async function ComparisonView({ comparison }: { comparison: TComparison }) {
  const t = await getT(monitoringMessages);
  const td = await getT(domainMessages);
  const round = comparison.round!;
  return (
    <section aria-labelledby="comparison-heading" className="mt-6">
      <h3 id="comparison-heading" className="text-lg font-semibold">
        {t('comparisonTitle')}
      </h3>
      <p className="text-sm text-slate-700">
        {t('thisIsRound', { title: round.previousTitle })}{' '}
        {round.carriedAnswers ? t('answersCarried') : t('answersBlank')}{' '}
        <Link href={`/assessments/${round.previousAssessmentId}/review`} className="text-brand-700 underline">
          {t('previousRoundLink')}
        </Link>
      </p>
      <h4 className="mt-4 font-semibold">{t('byArea')}</h4>
      <AreaComparisonChart areas={comparison.areas} />
      <table className="mt-2 w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-1">
              {t('colArea')}
            </th>
            <th scope="col" className="p-1">
              {t('colImproved')}
            </th>
            <th scope="col" className="p-1">
              {t('colWorsened')}
            </th>
            <th scope="col" className="p-1">
              {t('colChangedOther')}
            </th>
            <th scope="col" className="p-1">
              {t('colAnswersChanged')}
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.areas.map((a) => (
            <tr key={a.areaId} className="border-b border-slate-200">
              <th scope="row" className="p-1 text-left font-normal">
                {a.title}
              </th>
              <td className="p-1">{a.improved}</td>
              <td className="p-1">{a.worsened}</td>
              <td className="p-1">{a.changed}</td>
              <td className="p-1">{a.answersChanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="mt-4 font-semibold">{t('byQuestion')}</h4>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="question-comparison">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-1">
                {t('colQuestion')}
              </th>
              <th scope="col" className="p-1">
                {t('colPrevious')}
              </th>
              <th scope="col" className="p-1">
                {t('colCurrent')}
              </th>
              <th scope="col" className="p-1">
                {t('colAnswer')}
              </th>
              <th scope="col" className="p-1">
                {t('colTargeting')}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.questions.map((q) => (
              <tr
                key={q.key}
                className={`border-b border-slate-200 align-top ${q.evaluation !== 'same' || q.answerChanged ? 'bg-amber-50' : ''}`}
                data-testid={`compare-${q.key}`}
              >
                <th scope="row" className="p-1 text-left font-normal">
                  <span className="font-semibold">{questionRef(td, q.key)}</span> {q.text}
                </th>
                <td className="p-1">{answerStatusLabel(t, q.previous)}</td>
                <td className="p-1">
                  {answerStatusLabel(t, q.current)}
                  {q.evaluation !== 'same' && (
                    <span className="ml-1 font-semibold">
                      <span aria-hidden="true">{CHANGE_MARK[q.evaluation]} </span>({changeLabel(t, q.evaluation)})
                    </span>
                  )}
                </td>
                <td className="p-1">{q.answerChanged ? t('answerChanged') : t('answerSame')}</td>
                <td className="p-1">
                  {q.activities.length === 0
                    ? t('noTargeting')
                    : q.activities.map((a) => (
                        <p key={a.number}>
                          {a.number} {a.title} — {statusLabel(t, a.status)}, {a.percent}%
                        </p>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
