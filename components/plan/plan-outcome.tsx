'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { planTextName, PLAN_TEXT_FIELDS } from '@/lib/collab/plan-layout';
import type { TPlanOutcome } from '@/lib/domain/plan/plan-tree';
import { PlanObjectiveRow } from './plan-objective';
import { usePlanContext } from './plan-context';
import { RowControls } from './row-controls';
import { RowHistory } from './row-history';
import { useRowActions } from './use-row-actions';
import { YTextField } from './y-text-field';

type TPlanOutcomeRowProps = {
  outcome: TPlanOutcome;
  position: number;
  count: number;
  outcomes: { id: string; label: string }[];
  objectives: { id: string; label: string }[];
};

/** One outcome with its numbered objectives. */
export function PlanOutcomeRow({ outcome: o, position, count, outcomes, objectives }: TPlanOutcomeRowProps) {
  const t = useTranslations('plan');
  const { doc, editable, presence, justAdded, addRow } = usePlanContext();
  const actions = useRowActions(o.id, 'outcome', null);
  const name = t('outcomeName', { n: o.number });
  return (
    <li
      id={`row-${o.id}`}
      aria-label={t('outcomeHeading', { n: o.number })}
      className="grid gap-3 rounded-lg border-2 border-brand-600/40 bg-white p-4"
    >
      <div className="grid gap-2" {...actions.focusProps}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-lg font-semibold">{t('outcomeHeading', { n: o.number })}</h3>
          <RowControls
            name={name}
            position={position}
            count={count}
            editable={editable}
            others={presence.get(o.id) ?? []}
            onMove={actions.move}
            onDelete={actions.remove}
          />
          <RowHistory rowId={o.id} name={name} fields={PLAN_TEXT_FIELDS.outcome} titleLabel={t('textOf', { name })} />
        </div>
        <YTextField
          text={doc.getText(planTextName(o.id, 'title'))}
          label={t('textOf', { name })}
          editable={editable}
          multiline
          autoFocus={justAdded === o.id}
        />
      </div>
      {o.objectives.length > 0 && (
        <ol className="grid gap-3">
          {o.objectives.map((j, i) => (
            <PlanObjectiveRow
              key={j.id}
              objective={j}
              outcomeId={o.id}
              position={i}
              count={o.objectives.length}
              outcomes={outcomes}
              objectives={objectives}
            />
          ))}
        </ol>
      )}
      {editable && (
        <div>
          <Button variant="secondary" onClick={() => addRow('objective', o.id)}>
            {t('addObjective', { n: o.number })}
          </Button>
        </div>
      )}
    </li>
  );
}
