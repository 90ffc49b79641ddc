import type { Page } from '@playwright/test';
import { STATUS_MAP } from '../../lib/collab/layout';
import { addPlanRow, planTextName, setPlanField, setPlanKpi } from '../../lib/collab/plan-layout';
import { expect, openDoc } from './fixtures';

// What a review round starts from, seeded as the steps before it would leave it: agreed candidate
// activities (API), the plan draft and the first self-assessment's evaluations (written through the
// sync server as a browser would), the plan's adoption (API) and one activity done (API).

/** The first round's evaluations: a gap that the plan targets, one in place, a gap nobody targets. */
export const FIRST_ROUND = {
  'transparency.1': 'action-required',
  'transparency.2': 'in-place',
  'transparency.3': 'needs-improvement',
} as const;

/**
 * Adopts a plan of two activities in the assessment, as `me` (a facilitator): 1.1.1 "Publish
 * rulings" (targets transparency.1, open) and 1.1.2 "Train staff" (targets transparency.2, done).
 */
export async function seedAdoptedPlan(
  page: Page,
  baseURL: string,
  assessmentId: string,
  me: { id: string; name: string },
): Promise<void> {
  const api = page.request;
  const base = `/api/assessments/${assessmentId}`;
  const kpiId = (
    (await (await api.post(`${base}/kpis`, { data: { template: 'annex11' } })).json()) as {
      kpi: { id: string };
    }
  ).kpi.id;
  const candidates: string[] = [];
  for (const [title, source] of [
    ['Publish rulings', 'transparency.1'],
    ['Train staff', 'transparency.2'],
  ]) {
    const created = await api.post(`${base}/activities`, { data: { title, sources: [source] } });
    expect(created.status()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    const agreed = await api.put(`${base}/activities/${id}/agreed`, { data: { priority: 'high', reason: 'Agreed' } });
    expect(agreed.ok()).toBe(true);
    candidates.push(id);
  }

  const plan = await openDoc(page, baseURL, `assessment.${assessmentId}.plan`);
  const who = { id: me.id, name: me.name };
  addPlanRow(plan.doc, { id: 'o1', kind: 'outcome', parentId: null, title: 'Transparent Customs' }, who);
  addPlanRow(plan.doc, { id: 'j1', kind: 'objective', parentId: 'o1', title: 'Rulings online' }, who);
  for (const [i, [id, title]] of (
    [
      ['a1', 'Publish rulings'],
      ['a2', 'Train staff'],
    ] as const
  ).entries()) {
    addPlanRow(plan.doc, { id, kind: 'activity', parentId: 'j1', title, candidateId: candidates[i]! }, who);
    plan.doc.getText(planTextName(id, 'responsible')).insert(0, 'Policy Unit');
    setPlanField(plan.doc, id, 'ownerId', me.id);
    setPlanField(plan.doc, id, 'start', '2026-01-01');
    setPlanField(plan.doc, id, 'due', '2027-12-31');
    setPlanKpi(plan.doc, id, kpiId, true);
  }
  await plan.close();
  await setEvaluations(page, baseURL, assessmentId, FIRST_ROUND);

  await expect
    .poll(
      async () =>
        (
          await api.post(`${base}/plan/submissions`, { data: { approverIds: [me.id], strategyLink: 'Pillar 1' } })
        ).status(),
      { message: 'submit the plan once the draft is persisted' },
    )
    .toBe(201);
  const submissions = (await (await api.get(`${base}/plan/submissions`)).json()) as { submissions: { id: string }[] };
  const decided = await api.post(`${base}/plan/submissions/${submissions.submissions[0]!.id}/decision`, {
    data: { decision: 'approve', comment: '' },
  });
  expect(decided.ok()).toBe(true);
  const done = await api.post(`${base}/monitoring/activities/a2/updates`, {
    data: { status: 'done', percent: 100, note: 'Everyone trained' },
  });
  expect(done.ok()).toBe(true);
}

/** Writes checklist evaluations of one assessment through the sync server, as the area page would. */
export async function setEvaluations(
  page: Page,
  baseURL: string,
  assessmentId: string,
  evaluations: Record<string, string>,
): Promise<void> {
  const areas = new Set(Object.keys(evaluations).map((k) => k.split('.')[0]!));
  for (const area of areas) {
    const answers = await openDoc(page, baseURL, `assessment.${assessmentId}.factor.${area}`);
    for (const [key, status] of Object.entries(evaluations))
      if (key.startsWith(`${area}.`)) answers.doc.getMap(STATUS_MAP).set(key, status);
    await answers.close();
  }
}
