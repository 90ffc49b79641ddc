import 'server-only';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { blankKpiSheet } from '../../domain/plan/kpi-sheet';
import { DomainError } from '../../domain/shared/errors';
import { actionPlanExample } from '../../idg/process';
import type { TMembership } from '../access/membership';
import { audit } from '../shared/audit';
import { insertKpiSheet, listKpiSheets } from './kpi';
import { readPlanDraft } from './plan';

/**
 * Readies the guide's Annex 9 example as the starting plan (facilitators only, on an empty plan):
 * one KPI sheet per example KPI, named and targeted as the guide writes them (a sheet of that name
 * already there is used again). Returns their ids in the example's activity order; the facilitator's
 * browser then writes the rows into the live draft, where every member sees them arrive.
 */
export async function prepareExamplePlan(db: TDb, actor: TMembership): Promise<string[]> {
  assertCan(actor, 'assessment.edit', 'plan_example.forbidden');
  const draft = await readPlanDraft(db, actor.assessmentId);
  if (draft.outcomes.length > 0 || draft.orphans.length > 0) throw new DomainError('plan_example.not_empty');
  const byName = new Map((await listKpiSheets(db, actor.assessmentId)).map((s) => [s.name, s.id]));
  const ids: string[] = [];
  for (const a of actionPlanExample.activities) {
    let id = byName.get(a.kpi);
    if (!id) {
      const input = { ...blankKpiSheet(), fields: { name: a.kpi, targetValue: a.target } };
      id = (await insertKpiSheet(db, actor, input, 'annex9')).id;
      byName.set(a.kpi, id);
    }
    ids.push(id);
  }
  await audit(db, { assessmentId: actor.assessmentId, actorId: actor.userId, action: 'plan.example', detail: {} });
  return ids;
}
