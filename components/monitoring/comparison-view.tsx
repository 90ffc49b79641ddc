import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import type { TComparison } from '@/lib/contracts/monitoring';
import { QuestionComparison } from './question-comparison';
import { AreaComparisonChart } from './area-comparison-chart';

const AREA_COLUMNS = {
  improved: 'colImproved',
  worsened: 'colWorsened',
  changed: 'colChangedOther',
  answersChanged: 'colAnswersChanged',
} as const;

type TAreaRow = TComparison['areas'][number];

/**
 * The review round's comparison: per area (chart and table), then per question, filtered, beside the activities
 * that targeted it.
 */
export async function ComparisonView({ comparison }: { comparison: TComparison }) {
  const t = await getTranslations('monitoring');
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
      <QuestionComparison comparison={comparison} />
    </section>
  );
}
