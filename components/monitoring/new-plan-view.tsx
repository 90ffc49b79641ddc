import { getTranslations } from 'next-intl/server';
import { getFormat } from '@/lib/i18n/server';
import type { TNewPlan } from '@/lib/contracts/review';
import { ContinuityForm } from './continuity-form';
import { statusLabel } from './labels';

type TSorted = TNewPlan['continued'][number];
const PREVIOUS_LISTS = ['continued', 'varied', 'dropped', 'unsorted'] as const;

/**
 * The review round's new plan the guide's way (Part VI): the previous plan's activities continued,
 * varied (with what changes) or not carried, the new plan's new activities, those still to sort,
 * and for facilitators a form per previous activity to sort it.
 */
export async function NewPlanView({
  assessmentId,
  plan,
  maySort,
}: {
  assessmentId: string;
  plan: TNewPlan;
  maySort: boolean;
}) {
  const t = await getTranslations('monitoring');
  const f = await getFormat();
  const previousItem = (a: TSorted) => (
    <li key={a.id}>
      {t('newPlan.previousItem', {
        number: a.number,
        title: a.title,
        status: statusLabel(t, a.status),
        percent: a.percent,
      })}{' '}
      {a.inNewPlan.length > 0 ? t('newPlan.inNewPlan', { numbers: f.list(a.inNewPlan) }) : t('newPlan.notInNewPlan')}
      {a.decision === 'varied' && (
        <p className="text-slate-700">{t('newPlan.whatChanges', { variation: a.variation })}</p>
      )}
    </li>
  );
  const list = (key: (typeof PREVIOUS_LISTS)[number] | 'added') => (
    <div key={key} data-testid={`new-plan-${key}`}>
      <h4 className="mt-3 font-semibold">{t(`newPlan.${key}`, { n: plan[key].length })}</h4>
      {key === 'added' && <p className="text-sm text-slate-700">{t('newPlan.addedHint')}</p>}
      {plan[key].length === 0 ? (
        <p className="text-sm text-slate-700">{t('newPlan.none')}</p>
      ) : (
        <ul className="list-disc pl-5 text-sm">
          {key === 'added'
            ? plan.added.map((a) => <li key={a.number}>{t('newPlan.addedItem', a)}</li>)
            : plan[key].map(previousItem)}
        </ul>
      )}
    </div>
  );
  const previous = PREVIOUS_LISTS.flatMap((k) => plan[k]).sort((a, b) =>
    a.number.localeCompare(b.number, undefined, { numeric: true }),
  );
  return (
    <section aria-labelledby="new-plan-heading" className="mt-6">
      <h3 id="new-plan-heading" className="text-lg font-semibold">
        {t('newPlan.title')}
      </h3>
      <p className="text-sm text-slate-700">{t('newPlan.intro')}</p>
      {list('continued')}
      {list('varied')}
      {list('added')}
      {list('dropped')}
      {plan.unsorted.length > 0 && list('unsorted')}
      {maySort && previous.length > 0 && (
        <details className="mt-3" open={plan.unsorted.length > 0}>
          <summary className="cursor-pointer font-semibold">{t('newPlan.sortTitle')}</summary>
          <div className="mt-2 space-y-2">
            {previous.map((a) => (
              <ContinuityForm key={a.id} assessmentId={assessmentId} activity={a} />
            ))}
          </div>
        </details>
      )}
    </section>
  );
}
