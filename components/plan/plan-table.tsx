'use client';

import { useTranslations } from 'next-intl';
import { PresenceAvatars } from '@/components/checklist/presence-avatars';
import { Button } from '@/components/ui/button';
import { planTextName } from '@/lib/collab/plan-layout';
import { ANNEX9_COLUMNS, annex9Rows, type TAnnex9Row } from '@/lib/domain/plan/annex9-table';
import type { TPlanDraft } from '@/lib/domain/plan/plan-tree';
import { usePlanContext } from './plan-context';
import { PlanTableActivity } from './plan-table-activity';
import { useRowActions } from './use-row-actions';
import { YTextField } from './y-text-field';

const band = 'border border-slate-300 p-2 text-left align-top';

// An outcome or an objective: one cell across the table, as Annex 9 prints them above their activities.
function BandRow({ row }: { row: Extract<TAnnex9Row, { kind: 'outcome' | 'objective' }> }) {
  const t = useTranslations('plan');
  const { doc, editable, presence, justAdded, addRow } = usePlanContext();
  const actions = useRowActions(row.id, row.kind, row.kind === 'objective' ? row.outcomeId : null);
  const outcome = row.kind === 'outcome';
  const name = t(outcome ? 'outcomeName' : 'objectiveName', { n: row.number });
  return (
    <tr id={`row-${row.id}`} className={outcome ? 'bg-brand-600/10' : 'bg-slate-50'} {...actions.focusProps}>
      <th scope="rowgroup" colSpan={ANNEX9_COLUMNS.length} className={band}>
        <div className="flex flex-wrap items-start gap-2">
          <span className={`pt-1 ${outcome ? 'font-semibold' : 'font-medium'}`}>
            {outcome ? t('outcomeHeading', { n: row.number }) : row.number}:
          </span>
          <div className="min-w-64 flex-1">
            <YTextField
              text={doc.getText(planTextName(row.id, 'title'))}
              label={t('textOf', { name })}
              editable={editable}
              autoFocus={justAdded === row.id}
            />
          </div>
          <PresenceAvatars users={presence.get(row.id) ?? []} />
          {editable && (
            <Button variant="secondary" onClick={() => addRow(outcome ? 'objective' : 'activity', row.id)}>
              {outcome ? t('addObjective', { n: row.number }) : t('addActivity', { n: row.number })}
            </Button>
          )}
        </div>
      </th>
    </tr>
  );
}

/**
 * The plan draft as the table of Annex 9, edited in place: the guide's columns in its order, an
 * outcome's row and each objective's row across the table, the activities in the columns. Every
 * cell is the same live field as in the forms. It scrolls sideways in its own box on a narrow screen.
 */
export function PlanTable({ draft }: { draft: TPlanDraft }) {
  const t = useTranslations('plan');
  // One row group per outcome, which its band row heads.
  const groups: TAnnex9Row[][] = [];
  for (const r of annex9Rows(draft)) {
    if (r.kind === 'outcome') groups.push([r]);
    else groups.at(-1)?.push(r);
  }
  return (
    <div role="region" aria-labelledby="plan-table-caption" tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[72rem] border-collapse bg-white text-sm">
        <caption id="plan-table-caption" className="sr-only">
          {t('tableCaption')}
        </caption>
        <thead>
          <tr>
            {ANNEX9_COLUMNS.map((c, i) => (
              // Widths that keep a few words of each cell on a line; the table scrolls sideways instead.
              <th
                key={c}
                scope="col"
                className={`border border-slate-300 bg-slate-100 p-2 text-left ${i === 0 ? 'min-w-56' : 'min-w-40'}`}
              >
                {t(`col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group[0]!.id}>
            {group.map((r) =>
              r.kind === 'activity' ? (
                <PlanTableActivity key={r.id} activity={r.activity} objectiveId={r.objectiveId} />
              ) : (
                <BandRow key={r.id} row={r} />
              ),
            )}
          </tbody>
        ))}
      </table>
    </div>
  );
}
