import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionPlanExample } from '../idg/process';
import { insertPlanExample, planIsEmpty } from './plan-example';
import { planHasExampleRows } from './plan-layout';
import { addPlanRow, deletePlanRow, readPlan } from './plan-layout';

const user = { id: 'u1', name: 'Ana' };

describe("the guide's Annex 9 example as a starting plan", () => {
  it('writes the outcome, the objective and every activity with its columns', () => {
    const doc = new Y.Doc();
    expect(insertPlanExample(doc, ['k1', 'k2', 'k3'], user)).toBe(true);
    const plan = readPlan(doc);
    expect(plan.outcomes).toHaveLength(1);
    const [outcome] = plan.outcomes;
    expect(outcome!.title).toBe(actionPlanExample.outcome);
    const [objective] = outcome!.objectives;
    // The plan numbers its rows: the guide's "1.1: " is not part of the text.
    expect(objective!.number).toBe('1.1');
    expect(objective!.title).toMatch(/^Establish a training programme/);
    expect(objective!.activities.map((a) => a.title)).toEqual(actionPlanExample.activities.map((a) => a.activity));
    expect(objective!.activities[0]).toMatchObject({
      number: '1.1.1',
      responsible: 'Training Unit',
      target: '100% coverage',
      strategicLink: 'Goal #1',
      start: '2022-01-01',
      due: '2022-03-31',
      kpiIds: ['k1'],
    });
    expect(objective!.activities[1]).toMatchObject({ start: '2021-10-01', due: '2021-12-31', kpiIds: ['k2'] });
    expect(planHasExampleRows(doc)).toBe(true);
  });

  it('refuses a plan that has any row, writing nothing', () => {
    const doc = new Y.Doc();
    addPlanRow(doc, { id: 'mine', kind: 'outcome', parentId: null, title: 'Ours' }, user);
    const before = Y.encodeStateAsUpdate(doc);
    expect(insertPlanExample(doc, [], user)).toBe(false);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(planHasExampleRows(doc)).toBe(false);
  });

  it('starts a plan whose rows were all deleted, and leaves unlinked what has no KPI sheet', () => {
    const doc = new Y.Doc();
    addPlanRow(doc, { id: 'gone', kind: 'outcome', parentId: null }, user);
    deletePlanRow(doc, 'gone', user.id);
    expect(planIsEmpty(doc)).toBe(true);
    expect(insertPlanExample(doc, [], user)).toBe(true);
    expect(readPlan(doc).outcomes[0]!.objectives[0]!.activities.every((a) => a.kpiIds.length === 0)).toBe(true);
  });

  it('sends the whole example as one update, so other members never see half of it', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    insertPlanExample(doc, ['k1'], user);
    expect(updates).toBe(1);
  });
});
