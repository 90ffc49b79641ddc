import type * as Y from 'yjs';
import { quarterDates } from '../domain/plan/annex9-table';
import { actionPlanExample } from '../idg/process';
import { addPlanRow, liveRows, newPlanRowId, planTextName, setPlanField, setPlanKpi } from './plan-layout';

/** Whether the plan draft has no live row: the only plan the guide's example may start. */
export function planIsEmpty(doc: Y.Doc): boolean {
  return liveRows(doc).length === 0;
}

/**
 * Writes the guide's Annex 9 example into an empty plan draft, in one transaction, through the
 * same row and field writes as the board: the outcome, its objective, and each activity with its
 * responsible person, target, timeline (the quarter's dates) and link to the strategic plan.
 * `kpiIds[i]` is the KPI sheet of activity i. Returns false, writing nothing, when the plan is not empty.
 */
export function insertPlanExample(
  doc: Y.Doc,
  kpiIds: readonly string[],
  user: { id: string; name: string },
  now = Date.now(),
): boolean {
  if (!planIsEmpty(doc)) return false;
  const ex = actionPlanExample;
  doc.transact(() => {
    const outcomeId = newPlanRowId();
    addPlanRow(doc, { id: outcomeId, kind: 'outcome', parentId: null, title: ex.outcome, source: 'annex9' }, user, now);
    const objectiveId = newPlanRowId();
    // The guide numbers the objective ("1.1: …"); the plan numbers its rows itself.
    const objective = ex.objective.replace(/^\d+(\.\d+)*:\s*/, '');
    addPlanRow(
      doc,
      { id: objectiveId, kind: 'objective', parentId: outcomeId, title: objective, source: 'annex9' },
      user,
      now,
    );
    ex.activities.forEach((a, i) => {
      const id = newPlanRowId();
      addPlanRow(doc, { id, kind: 'activity', parentId: objectiveId, title: a.activity, source: 'annex9' }, user, now);
      doc.getText(planTextName(id, 'responsible')).insert(0, a.responsible);
      doc.getText(planTextName(id, 'target')).insert(0, a.target);
      doc.getText(planTextName(id, 'strategicLink')).insert(0, a.strategicLink);
      const dates = quarterDates(a.timeline);
      if (dates) {
        setPlanField(doc, id, 'start', dates.start);
        setPlanField(doc, id, 'due', dates.due);
      }
      const kpiId = kpiIds[i];
      if (kpiId) setPlanKpi(doc, id, kpiId, true);
    });
  });
  return true;
}
