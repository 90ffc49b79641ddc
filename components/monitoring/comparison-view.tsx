import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { questionRef } from '@/lib/i18n/question-ref';
import type { TComparison } from '@/lib/contracts/monitoring';
import { answerStatusLabel, changeLabel, statusLabel } from './labels';
import { AreaComparisonChart } from './area-comparison-chart';

const CHANGE_MARK = { improved: '▲', worsened: '▼', changed: '◆', same: '' } as const;
// Sorting by the change puts what got worse first: what a review round looks for.
const CHANGE_ORDER = { worsened: 0, changed: 1, improved: 2, same: 3 } as const;
const AREA_COLUMNS = {
  improved: 'colImproved',
  worsened: 'colWorsened',
  changed: 'colChangedOther',
  answersChanged: 'colAnswersChanged',
} as const;

type TAreaRow = TComparison['areas'][number];

/**
 * The review round's comparison: per area (chart and table), then per question beside the activities that targeted it.
 */
export async function ComparisonView({ comparison }: { comparison: TComparison }) {
  const t = await getTranslations('monitoring');
  const td = await getTranslations('domain');
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
      <DataTable
        caption={t('byArea')}
        captionHidden
        rows={comparison.areas}
        rowKey={(a) => a.areaId}
        columns={[
          {
            key: 'area',
            header: t('colArea'),
            rowHeader: true,
            sortValue: (a) => comparison.areas.indexOf(a),
            cell: (a) => a.title,
          },
          ...(['improved', 'worsened', 'changed', 'answersChanged'] as const).map((k) => ({
            key: k,
            header: t(AREA_COLUMNS[k]),
            numeric: true,
            sortValue: (a: TAreaRow) => a[k],
            cell: (a: TAreaRow) => a[k],
          })),
        ]}
      />
      <h4 className="mt-4 font-semibold">{t('byQuestion')}</h4>
      <DataTable
        caption={t('byQuestion')}
        captionHidden
        testId="question-comparison"
        rows={comparison.questions}
        rowKey={(q) => q.key}
        rowTestId={(q) => `compare-${q.key}`}
        rowClassName={(q) => (q.evaluation !== 'same' || q.answerChanged ? 'bg-amber-50' : '')}
        columns={[
          {
            key: 'question',
            header: t('colQuestion'),
            rowHeader: true,
            // The guide's order, which the table starts in.
            sortValue: (q) => comparison.questions.indexOf(q),
            cell: (q) => (
              <>
                <span className="font-semibold">{questionRef(td, q.key)}</span> {q.text}
              </>
            ),
          },
          { key: 'previous', header: t('colPrevious'), cell: (q) => answerStatusLabel(t, q.previous) },
          {
            key: 'current',
            header: t('colCurrent'),
            sortValue: (q) => CHANGE_ORDER[q.evaluation],
            cell: (q) => (
              <>
                {answerStatusLabel(t, q.current)}
                {q.evaluation !== 'same' && (
                  <span className="ml-1 font-semibold">
                    <span aria-hidden="true">{CHANGE_MARK[q.evaluation]} </span>({changeLabel(t, q.evaluation)})
                  </span>
                )}
              </>
            ),
          },
          {
            key: 'answer',
            header: t('colAnswer'),
            sortValue: (q) => (q.answerChanged ? 0 : 1),
            cell: (q) => (q.answerChanged ? t('answerChanged') : t('answerSame')),
          },
          {
            key: 'targeting',
            header: t('colTargeting'),
            cell: (q) =>
              q.activities.length === 0
                ? t('noTargeting')
                : q.activities.map((a) => (
                    <p key={a.number}>
                      {a.number} {a.title} — {statusLabel(t, a.status)}, {a.percent}%
                    </p>
                  )),
          },
        ]}
      />
    </section>
  );
}
