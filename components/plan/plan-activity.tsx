'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { planTextName, PLAN_TEXT_FIELDS } from '@/lib/collab/plan-layout';
import { answerHref } from '@/lib/domain/workshop/findings-rules';
import { timelineLabel, type TPlanActivity } from '@/lib/domain/plan/plan-tree';
import { questionRef } from '@/lib/i18n/question-ref';
import { AmountInput, DateInput, KpiChecks, OwnerSelect } from './activity-fields';
import { usePlanContext } from './plan-context';
import { RowControls } from './row-controls';
import { RowHistory } from './row-history';
import { useRowActions } from './use-row-actions';
import { YTextField } from './y-text-field';

type TPlanActivityRowProps = {
  activity: TPlanActivity;
  objectiveId: string;
  position: number;
  count: number;
  objectives: { id: string; label: string }[];
};

const label = 'grid gap-1 text-xs font-medium text-slate-700';

/** One activity with its Annex 9 columns, its priority and the questions it comes from. */
export function PlanActivityRow({ activity: a, objectiveId, position, count, objectives }: TPlanActivityRowProps) {
  const t = useTranslations('plan');
  const tp = useTranslations('prioritisation');
  const td = useTranslations('domain');
  const tw = useTranslations('guideWords');
  const { assessmentId, doc, editable, presence, candidates, justAdded } = usePlanContext();
  const actions = useRowActions(a.id, 'activity', objectiveId);
  const name = t('activityName', { n: a.number });
  const candidate = a.candidateId ? candidates.get(a.candidateId) : undefined;
  const text = (field: string) => doc.getText(planTextName(a.id, field));
  return (
    <li
      id={`row-${a.id}`}
      aria-label={t('activityHeading', { n: a.number })}
      className="grid gap-2 rounded-md border border-slate-200 bg-white p-3"
      {...actions.focusProps}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h5 className="font-semibold">{t('activityHeading', { n: a.number })}</h5>
        <RowControls
          name={name}
          position={position}
          count={count}
          editable={editable}
          others={presence.get(a.id) ?? []}
          onMove={actions.move}
          onDelete={actions.remove}
          parents={objectives}
          parentId={objectiveId}
          onReparent={actions.reparent}
        />
        <RowHistory rowId={a.id} name={name} fields={PLAN_TEXT_FIELDS.activity} titleLabel={t('titleOf', { name })} />
      </div>
      <YTextField
        text={text('title')}
        label={t('titleOf', { name })}
        editable={editable}
        autoFocus={justAdded === a.id}
      />
      {candidate && (
        <p className="text-xs text-slate-700">
          {t('agreedPriority')} <strong>{tp(`agreed.${candidate.priority}`)}</strong>
          {candidate.sources.length > 0 && t('from')}
          {candidate.sources.map((key, i) => (
            <span key={key}>
              {i > 0 && ', '}
              <Link
                href={answerHref(assessmentId, key)}
                className="text-brand-700 hover:underline"
                data-question-key={key}
              >
                {questionRef(td, tw, key)}
              </Link>
            </span>
          ))}
        </p>
      )}
      <div className="grid gap-2 sm:grid-cols-2">
        <div className={label}>
          {t('responsible')}
          <YTextField text={text('responsible')} label={t('responsibleOf', { name })} editable={editable} />
        </div>
        <label className={label}>
          {t('owner')}
          <OwnerSelect activity={a} />
        </label>
        <div className={label}>
          {t('target')}
          <YTextField text={text('target')} label={t('targetOf', { name })} editable={editable} />
        </div>
        <div className={label}>
          {t('strategicLink')}
          <YTextField text={text('strategicLink')} label={t('strategicLinkOf', { name })} editable={editable} />
        </div>
        <div className={`${label} sm:col-span-2`}>
          {t('resources')}
          <YTextField text={text('resources')} label={t('resourcesOf', { name })} editable={editable} multiline />
        </div>
        <label className={label}>
          {t('budget')}
          <AmountInput activity={a} field="budget" />
        </label>
        <label className={label}>
          {t('staff')}
          <AmountInput activity={a} field="staff" />
        </label>
        <label className={label}>
          {t('start')}
          <DateInput activity={a} field="start" />
        </label>
        <label className={label}>
          {t('due')}
          <DateInput activity={a} field="due" />
        </label>
      </div>
      <p className="text-sm text-slate-700">
        {t('timeline', { timeline: timelineLabel(a.start, a.due) || t('notSet') })}
      </p>
      <KpiChecks activity={a} />
    </li>
  );
}
