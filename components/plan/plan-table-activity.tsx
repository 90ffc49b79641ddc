'use client';

import { useTranslations } from 'next-intl';
import { PresenceAvatars } from '@/components/checklist/presence-avatars';
import { planTextName } from '@/lib/collab/plan-layout';
import { timelineLabel, type TPlanActivity } from '@/lib/domain/plan/plan-tree';
import { AmountInput, DateInput, KpiChecks, OwnerSelect } from './activity-fields';
import { usePlanContext } from './plan-context';
import { useRowActions } from './use-row-actions';
import { YTextField } from './y-text-field';

const cell = 'border border-slate-300 p-1 align-top';
const stack = 'grid gap-1';

/** One activity as a row of the Annex 9 table: a cell per column, each edited in place like the form. */
export function PlanTableActivity({ activity: a, objectiveId }: { activity: TPlanActivity; objectiveId: string }) {
  const t = useTranslations('plan');
  const { doc, editable, presence, justAdded } = usePlanContext();
  const actions = useRowActions(a.id, 'activity', objectiveId);
  const name = t('activityName', { n: a.number });
  const text = (field: string) => doc.getText(planTextName(a.id, field));
  return (
    <tr id={`row-${a.id}`} {...actions.focusProps}>
      <th scope="row" className={`${cell} text-left font-normal`}>
        <div className={stack}>
          <span className="flex items-center gap-2 text-xs font-semibold">
            {a.number}
            <PresenceAvatars users={presence.get(a.id) ?? []} />
          </span>
          <YTextField
            text={text('title')}
            label={t('titleOf', { name })}
            editable={editable}
            multiline
            autoFocus={justAdded === a.id}
          />
        </div>
      </th>
      <td className={cell}>
        <div className={stack}>
          <YTextField text={text('responsible')} label={t('responsibleOf', { name })} editable={editable} />
          <OwnerSelect activity={a} label={t('ownerOf', { name })} />
        </div>
      </td>
      <td className={cell}>
        <KpiChecks activity={a} label={t('kpisOf', { name })} />
      </td>
      <td className={cell}>
        <YTextField text={text('target')} label={t('targetOf', { name })} editable={editable} multiline />
      </td>
      <td className={cell}>
        <div className={stack}>
          <YTextField text={text('resources')} label={t('resourcesOf', { name })} editable={editable} multiline />
          <AmountInput activity={a} field="budget" label={t('budgetOf', { name })} />
          <AmountInput activity={a} field="staff" label={t('staffOf', { name })} />
        </div>
      </td>
      <td className={cell}>
        <div className={stack}>
          <DateInput activity={a} field="start" label={t('startOf', { name })} />
          <DateInput activity={a} field="due" label={t('dueOf', { name })} />
          <span className="text-xs text-slate-700">{timelineLabel(a.start, a.due)}</span>
        </div>
      </td>
      <td className={cell}>
        <YTextField text={text('strategicLink')} label={t('strategicLinkOf', { name })} editable={editable} />
      </td>
    </tr>
  );
}
