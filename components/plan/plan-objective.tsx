'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { planTextName, PLAN_TEXT_FIELDS } from '@/lib/collab/plan-layout';
import type { TPlanObjective } from '@/lib/domain/plan/plan-tree';
import { smartCheck } from '@/lib/domain/plan/smart-check';
import { PlanActivityRow } from './plan-activity';
import { usePlanContext } from './plan-context';
import { RowControls } from './row-controls';
import { RowHistory } from './row-history';
import { useRowActions } from './use-row-actions';
import { YTextField } from './y-text-field';

type TPlanObjectiveRowProps = {
  objective: TPlanObjective;
  outcomeId: string;
  position: number;
  count: number;
  outcomes: { id: string; label: string }[];
  objectives: { id: string; label: string }[];
};

/** One objective: its text with SMART advice, and its activities. */
export function PlanObjectiveRow({
  objective: j,
  outcomeId,
  position,
  count,
  outcomes,
  objectives,
}: TPlanObjectiveRowProps) {
  const t = useTranslations('plan');
  const { doc, editable, presence, justAdded, addRow } = usePlanContext();
  const actions = useRowActions(j.id, 'objective', outcomeId);
  const name = t('objectiveName', { n: j.number });
  const advice = smartCheck(j.title);
  const adviceId = `smart-${j.id}`;
  return (
    <li
      id={`row-${j.id}`}
      aria-label={t('objectiveHeading', { n: j.number })}
      className="grid gap-3 rounded-md border border-slate-300 bg-slate-50 p-3"
    >
      <div className="grid gap-2" {...actions.focusProps}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h4 className="font-semibold">{t('objectiveHeading', { n: j.number })}</h4>
          <RowControls
            name={name}
            position={position}
            count={count}
            editable={editable}
            others={presence.get(j.id) ?? []}
            onMove={actions.move}
            onDelete={actions.remove}
            parents={outcomes}
            parentId={outcomeId}
            onReparent={actions.reparent}
          />
          <RowHistory rowId={j.id} name={name} fields={PLAN_TEXT_FIELDS.objective} titleLabel={t('textOf', { name })} />
        </div>
        <YTextField
          text={doc.getText(planTextName(j.id, 'title'))}
          label={t('textOf', { name })}
          editable={editable}
          multiline
          autoFocus={justAdded === j.id}
        />
        {advice.length > 0 && (
          <ul id={adviceId} aria-label={t('smartAdvice', { name })} className="grid gap-0.5 text-xs text-amber-900">
            {advice.map((a) => (
              <li key={a.code}>
                <span aria-hidden="true">ⓘ </span>
                <strong>{t(`smart.${a.criterion}`)}</strong> {t(`smart.${a.code}`, { word: a.word ?? '' })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {j.activities.length > 0 && (
        <ol className="grid gap-2">
          {j.activities.map((a, i) => (
            <PlanActivityRow
              key={a.id}
              activity={a}
              objectiveId={j.id}
              position={i}
              count={j.activities.length}
              objectives={objectives}
            />
          ))}
        </ol>
      )}
      {editable && (
        <div>
          <Button variant="secondary" onClick={() => addRow('activity', j.id)}>
            {t('addActivity', { n: j.number })}
          </Button>
        </div>
      )}
    </li>
  );
}
