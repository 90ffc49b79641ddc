import { getTranslations } from 'next-intl/server';
import type { TReviewIndicatorRecord, TReviewIndicatorsResponse } from '@/lib/contracts/review-indicators';
import { GUIDE_CREDIT } from '@/lib/idg/checklist';
import { reviewIndicators, reviewIndicatorsSource } from '@/lib/idg/process';
import { ZReviewIndicatorIdSchema } from '@/lib/domain/monitoring/review-indicators';
import { getFormat } from '@/lib/i18n/server';
import { IndicatorForm } from './indicator-form';
import { directionLabel } from './labels';

type TProps = { assessmentId: string; data: TReviewIndicatorsResponse; mayEdit: boolean };

/** What one round recorded for an indicator: its direction, the observation and where it comes from. */
async function RecordView({ record }: { record: TReviewIndicatorRecord | undefined }) {
  const [t, f] = await Promise.all([getTranslations('monitoring'), getFormat()]);
  if (!record) return <p className="text-sm text-slate-600">{t('indicatorNotRecorded')}</p>;
  return (
    <div className="text-sm">
      <p>
        <span className="font-semibold">{directionLabel(t, record.direction)}</span>: {record.observation}
      </p>
      {record.source && <p className="text-xs text-slate-700">{t('indicatorSource', { source: record.source })}</p>}
      <p className="text-xs text-slate-600">
        {t('evaluatedBy', { name: record.updatedBy.name, date: f.date(record.updatedAt) })}
      </p>
    </div>
  );
}

/**
 * Part VI's indicators of success in the guide's words, each with what the working group recorded
 * this round and, for a review round, what the previous round recorded beside it.
 */
export async function ReviewIndicators({ assessmentId, data, mayEdit }: TProps) {
  const t = await getTranslations('monitoring');
  const find = (records: TReviewIndicatorRecord[], id: string) => records.find((r) => r.indicatorId === id);
  return (
    <section aria-labelledby="indicators-heading" className="mt-6">
      <h3 id="indicators-heading" className="text-lg font-semibold">
        {t('indicatorsTitle')}
      </h3>
      <p className="mb-2 text-sm text-slate-700">{t('indicatorsIntro')}</p>
      <figure className="mb-3 border-l-4 border-slate-300 pl-3 text-sm">
        <figcaption className="font-medium">{t('indicatorsGuideSays')}</figcaption>
        <blockquote lang="en">{reviewIndicatorsSource.intro}</blockquote>
      </figure>
      <ol className="grid gap-3">
        {reviewIndicators.map((indicator) => {
          const id = ZReviewIndicatorIdSchema.parse(indicator.id);
          const record = find(data.indicators, id) ?? null;
          return (
            <li key={id} aria-labelledby={`ind-h-${id}`} className="rounded-md border border-slate-300 p-3">
              <h4 id={`ind-h-${id}`} lang="en" className="font-semibold">
                {indicator.title}
              </h4>
              <div className={`mt-2 grid gap-4 ${data.previous ? 'md:grid-cols-2' : ''}`}>
                {data.previous && (
                  <div data-testid={`ind-previous-${id}`}>
                    <h5 className="text-sm font-semibold">{t('indicatorsPrevious', { title: data.previous.title })}</h5>
                    <RecordView record={find(data.previous.indicators, id)} />
                  </div>
                )}
                <div data-testid={`ind-current-${id}`}>
                  {data.previous && <h5 className="text-sm font-semibold">{t('indicatorsThisRound')}</h5>}
                  {mayEdit ? (
                    <IndicatorForm
                      assessmentId={assessmentId}
                      indicatorId={id}
                      record={record}
                      label={indicator.title}
                    />
                  ) : (
                    <RecordView record={record ?? undefined} />
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="mt-3 text-xs text-slate-600">{t('indicatorsCredit', { credit: GUIDE_CREDIT })}</p>
    </section>
  );
}
