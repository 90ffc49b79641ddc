'use client';

import { useTranslations } from 'next-intl';
import { lazyComponent } from '@/components/ui/lazy-component';
import { useFormat } from '@/lib/i18n/client';
import { AddedMark } from '@/components/checklist/adaptation/added-mark';
import { questionRef } from '@/lib/i18n/question-ref';
import type { TPriorities, TPrioritisedActivity } from '@/lib/contracts/priorities';
import { HeatMap } from './heat-map';
import { ImpactEaseMatrix } from './impact-ease-matrix';
import type { TCriterionOption } from './criteria';

// Only facilitators agree priorities: the form, and react-hook-form with it, loads for them alone.
const AgreedPriorityForm = lazyComponent(() => import('./agreed-priority-form').then((m) => m.AgreedPriorityForm));

type TRoundResultsProps = {
  assessmentId: string;
  /** The priorities, of a round the members may see. */
  data: TPriorities & { round: NonNullable<TPriorities['round']> };
  criteria: TCriterionOption[];
  canAgree: boolean;
  reload: () => void;
};

function RankedItem({
  a,
  assessmentId,
  canAgree,
  reload,
}: {
  a: TPrioritisedActivity;
  assessmentId: string;
  canAgree: boolean;
  reload: () => void;
}) {
  const t = useTranslations('prioritisation');
  const td = useTranslations('domain');
  const tw = useTranslations('guideWords');
  const f = useFormat();
  return (
    <li className="grid gap-1 rounded border border-slate-300 p-3" data-testid="ranked-activity">
      <p>
        <span className="font-semibold">
          {a.rank === null ? t('notRated') : t(a.tied ? 'rankTie' : 'rank', { rank: a.rank })}
        </span>{' '}
        <span className="font-medium">{a.title}</span>
        {a.disagreement && <span className="text-sm font-semibold text-red-800">{t('disagreement')}</span>}
      </p>
      {a.words.overall && (
        <p data-testid="priority-words">
          <strong>{t(`overall.${a.words.overall}`)}</strong>
          {': '}
          {t('wordsCounts', { ...a.words.counts, of: a.words.of })}
        </p>
      )}
      {a.score !== null && (
        <p className="text-xs text-slate-600" data-testid="priority-score">
          {t('score', { score: f.number(a.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })}
        </p>
      )}
      {a.sources.length > 0 && (
        <p className="text-xs text-slate-600">
          {t('sources')}{' '}
          {a.sources.map((s, i) => (
            <span key={s.questionKey}>
              {i > 0 && ', '}
              <a className="underline" href={`/assessments/${assessmentId}/checklist/${s.areaId}#q-${s.questionKey}`}>
                {questionRef(td, tw, s.questionKey, s.added ? s.label : undefined)}
              </a>
              {s.added && (
                <>
                  {' '}
                  ({s.label}
                  <AddedMark />)
                </>
              )}
            </span>
          ))}
        </p>
      )}
      {a.agreed && (
        <p className="text-sm" data-testid="agreed-priority">
          {t('agreedLabel')} <strong>{t(`agreed.${a.agreed.priority}`)}</strong> — {a.agreed.reason}{' '}
          <span className="text-xs text-slate-600">({a.agreed.by.name})</span>
        </p>
      )}
      {canAgree && (
        <AgreedPriorityForm
          key={`${a.id}:${a.agreed?.at ?? ''}`}
          assessmentId={assessmentId}
          activity={a}
          onSaved={reload}
        />
      )}
    </li>
  );
}

/**
 * The results of the latest visible rating round: disagreements to discuss first, the ranking, the
 * heat map and the impact-ease matrix.
 */
export function RoundResults({ assessmentId, data, criteria, canAgree, reload }: TRoundResultsProps) {
  const t = useTranslations('prioritisation');
  const f = useFormat();
  const shown = criteria.filter((c) => data.round.criteria.includes(c.id));
  const rated = data.activities.filter((a) => data.round.criteria.length > 0 && Object.keys(a.ratings).length > 0);
  const disputed = rated.filter((a) => a.disagreement);
  return (
    <div className="grid gap-6">
      <p className="text-sm text-slate-700">
        {t('fromRound', {
          state: t(data.round.status === 'open' ? 'roundState.open' : 'roundState.closed'),
          when: f.dateTime(data.round.openedAt),
          n: data.round.voters,
        })}
      </p>
      <section aria-labelledby="disagreements-h" className="grid gap-2">
        <h3 id="disagreements-h" className="font-semibold">
          {t('disagreementsHeading')}
        </h3>
        {disputed.length === 0 ? (
          <p className="text-sm text-slate-700">{t('noDisagreement')}</p>
        ) : (
          <ul className="list-inside list-disc text-sm">
            {disputed.map((a) => (
              <li key={a.id}>
                {a.title}:{' '}
                {shown
                  .filter((c) => a.ratings[c.id]?.disagreement)
                  .map((c) => c.title)
                  .join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ranking-h" className="grid gap-2">
        <h3 id="ranking-h" className="font-semibold">
          {t('rankingHeading')}
        </h3>
        <p className="text-sm text-slate-700">{t('wordsFirst')}</p>
        <ol className="grid gap-2" aria-label={t('rankedList')}>
          {data.activities.map((a) => (
            <RankedItem key={a.id} a={a} assessmentId={assessmentId} canAgree={canAgree} reload={reload} />
          ))}
        </ol>
      </section>
      <HeatMap activities={rated} criteria={shown} />
      <ImpactEaseMatrix activities={rated} />
    </div>
  );
}
