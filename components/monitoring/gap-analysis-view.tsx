import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { getFormat } from '@/lib/i18n/server';
import { EVALUATION_CRITERIA, JUDGEMENTS } from '@/lib/domain/monitoring/monitoring-types';
import { needsAttention } from '@/lib/domain/monitoring/gap-analysis';
import type { TGapAnalysisView } from '@/lib/contracts/review';
import { criterionLabel, judgementLabel, statusLabel } from './labels';

type TArea = TGapAnalysisView['areas'][number];
type TRemainKey = 'closed' | 'persistingAddressed' | 'persistingUnaddressed' | 'emerged';
const REMAINS: readonly TRemainKey[] = ['persistingAddressed', 'persistingUnaddressed', 'emerged', 'closed'];

/**
 * The integrity gap analysis (Part V.2) of a review round: per area what the previous assessment
 * found, what the plan did and what remains, whether the area needs further attention, and how the
 * previous plan's objectives and KPIs were judged on the three evaluation criteria.
 */
export async function GapAnalysisView({ analysis }: { analysis: TGapAnalysisView }) {
  const t = await getTranslations('monitoring');
  const f = await getFormat();
  const questions = (keys: string[]) => f.list(keys.map((k) => t('gaps.question', { number: k.split('.')[1]! })));
  const remains = (a: TArea) => REMAINS.filter((k) => a[k].length > 0);
  return (
    <section aria-labelledby="gaps-heading" className="mt-6" data-testid="gap-analysis">
      <h3 id="gaps-heading" className="text-lg font-semibold">
        {t('gaps.title')}
      </h3>
      <p className="mb-2 text-sm text-slate-700">{t('gaps.intro')}</p>
      <DataTable
        labelledBy="gaps-heading"
        rows={analysis.areas}
        rowKey={(a) => a.areaId}
        rowTestId={(a) => `gaps-${a.areaId}`}
        columns={[
          { key: 'area', header: t('colArea'), rowHeader: true, cell: (a) => a.title },
          {
            key: 'found',
            header: t('gaps.colFound'),
            sortValue: (a) => a.found.gaps,
            cell: (a) => t('gaps.found', { gaps: a.found.gaps, inPlace: a.found.inPlace, unset: a.found.notEvaluated }),
          },
          {
            key: 'plan',
            header: t('gaps.colPlan'),
            cell: (a) =>
              a.activities.length === 0
                ? t('gaps.noActivities')
                : a.activities.map((x) => (
                    <p key={x.number}>{t('gaps.activity', { ...x, status: statusLabel(t, x.status) })}</p>
                  )),
          },
          {
            key: 'remains',
            header: t('gaps.colRemains'),
            cell: (a) =>
              remains(a).length === 0
                ? t('gaps.nothingRemains')
                : remains(a).map((k) => <p key={k}>{t(`gaps.${k}`, { list: questions(a[k]) })}</p>),
          },
          {
            key: 'attention',
            header: t('gaps.colAttention'),
            sortValue: (a) => (needsAttention(a) ? 0 : 1),
            cell: (a) => (needsAttention(a) ? t('gaps.attentionYes') : t('gaps.attentionNo')),
          },
        ]}
      />
      <h4 id="judgements-heading" className="mt-4 font-semibold">
        {t('gaps.judgementsTitle')}
      </h4>
      <DataTable
        caption={t('gaps.judgementsCaption')}
        captionHidden
        rows={EVALUATION_CRITERIA}
        rowKey={(c) => c}
        columns={[
          { key: 'criterion', header: t('gaps.colCriterion'), rowHeader: true, cell: (c) => criterionLabel(t, c) },
          ...JUDGEMENTS.map((j) => ({
            key: j,
            header: judgementLabel(t, j),
            numeric: true,
            cell: (c: (typeof EVALUATION_CRITERIA)[number]) => analysis.judgements[c][j],
          })),
        ]}
      />
    </section>
  );
}
