import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FIRST_ROUND, seedAdoptedPlan, setEvaluations } from './adopted-plan';
import { expect, test } from './scenario';

// The review round the guide's way (Parts V and VI). Everything before the step under test is
// seeded (tests/e2e/adopted-plan.ts): the first round's adopted plan, its evaluations, and for
// the later steps the round itself and its second self-assessment.

/** The sorting form of one previous activity on the round's review page. */
function sortForm(page: Page, number: string) {
  return page.locator('form').filter({ has: page.getByRole('group', { name: new RegExp(`^Activity ${number} `) }) });
}

test('a round starts with each activity continued, varied or not carried, and shows the three lists', async ({
  scenario,
  facilitator: page,
  baseURL,
}) => {
  const me = scenario.members.facilitator!;
  await seedAdoptedPlan(page, baseURL!, scenario.assessmentId, me);

  await page.goto(scenario.path('/review'));
  await page.getByLabel('Title of the new round').fill(`${scenario.title} round 2`);
  const publish = page.getByTestId('start-continuity-1.1.1');
  const train = page.getByTestId('start-continuity-1.1.2');
  // Open activities are continued by default, done ones not carried.
  await expect(publish.getByLabel('Continued: carried unchanged')).toBeChecked();
  await expect(train.getByLabel('Not carried')).toBeChecked();
  await publish.getByLabel('Varied: carried with changes').check();
  await publish.getByLabel('What changes').fill('Publish in French too.');
  await page.getByRole('button', { name: 'Start the round' }).click();
  await page.getByRole('link', { name: 'Open the new round' }).click();
  await expect(page.getByRole('heading', { name: `${scenario.title} round 2` })).toBeVisible();

  await expect(page.getByTestId('new-plan-varied')).toContainText('1.1.1 Publish rulings');
  await expect(page.getByTestId('new-plan-varied')).toContainText('What changes: Publish in French too.');
  await expect(page.getByTestId('new-plan-dropped')).toContainText('1.1.2 Train staff');
  await expect(page.getByTestId('new-plan-continued')).toContainText('None.');
  await expect(page.getByTestId('new-plan-added')).toContainText('None.');
});

test('after the start, a facilitator sorts the previous activities; the lists follow', async ({
  scenario,
  facilitator: page,
  baseURL,
}) => {
  const me = scenario.members.facilitator!;
  await seedAdoptedPlan(page, baseURL!, scenario.assessmentId, me);
  const started = await page.request.post(`/api/assessments/${scenario.assessmentId}/review-round`, {
    data: { title: `${scenario.title} round 2`, carryAnswers: true, carryActivities: true },
  });
  expect(started.status()).toBe(201);
  const next = ((await started.json()) as { assessmentId: string }).assessmentId;

  await page.goto(`/assessments/${next}/review`);
  await expect(page.getByTestId('new-plan-unsorted')).toContainText('1.1.1 Publish rulings');
  await expect(page.getByTestId('new-plan-unsorted')).toContainText('1.1.2 Train staff');

  const train = sortForm(page, '1.1.2');
  await train.getByLabel('Continued: carried unchanged').check();
  await train.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('new-plan-continued')).toContainText('1.1.2 Train staff');

  // Varied needs a word on what changes, checked before sending.
  const publish = sortForm(page, '1.1.1');
  await publish.getByLabel('Varied: carried with changes').check();
  await publish.getByRole('button', { name: 'Save' }).click();
  await expect(publish.getByText('Say what changes.')).toBeVisible();
  await publish.getByLabel('What changes').fill('Publish in French too.');
  await publish.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('new-plan-varied')).toContainText('What changes: Publish in French too.');
  await expect(page.getByTestId('new-plan-unsorted')).toHaveCount(0);

  // Another member reads the lists but gets no form; the server refuses them too.
  const contributor = await scenario.signIn('contributor');
  await contributor.goto(`/assessments/${next}/review`);
  await expect(contributor.getByTestId('new-plan-varied')).toContainText('1.1.1 Publish rulings');
  await expect(contributor.getByText('Sort the previous plan’s activities')).toHaveCount(0);
  const refused = await contributor.request.put(`/api/assessments/${next}/review-round/continuity`, {
    data: { activityId: 'a2', decision: 'dropped', variation: '' },
  });
  expect(refused.status()).toBe(403);
});

test('the comparison opens on what changed, filters by change and area, and the gap analysis says what remains', async ({
  scenario,
  facilitator: page,
  baseURL,
}) => {
  const me = scenario.members.facilitator!;
  await seedAdoptedPlan(page, baseURL!, scenario.assessmentId, me);
  const started = await page.request.post(`/api/assessments/${scenario.assessmentId}/review-round`, {
    data: { title: `${scenario.title} round 2`, carryAnswers: true, carryActivities: true },
  });
  const next = ((await started.json()) as { assessmentId: string }).assessmentId;
  // The second self-assessment: the targeted gap closed, a measure in place fell short.
  await setEvaluations(page, baseURL!, next, {
    ...FIRST_ROUND,
    'transparency.1': 'in-place',
    'transparency.2': 'action-required',
  });
  const total = (
    (await (await page.request.get(`/api/assessments/${next}/comparison`)).json()) as { questions: unknown[] }
  ).questions.length;

  await page.goto(`/assessments/${next}/review`);
  const shown = page.getByTestId('comparison-shown');
  await expect(page.getByRole('radio', { name: 'Changed (2)' })).toBeChecked();
  await expect(shown).toHaveText(`Showing 2 of ${total} questions.`);
  await expect(page.getByTestId('compare-transparency.1')).toContainText('Improved');
  await expect(page.getByTestId('compare-transparency.2')).toContainText('Worsened');
  await expect(page.getByTestId('compare-transparency.3')).toHaveCount(0);

  // By keyboard: the radio group moves with the arrow keys.
  await page.getByRole('radio', { name: 'Changed (2)' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Improved (1)' })).toBeChecked();
  await expect(shown).toHaveText(`Showing 1 of ${total} questions.`);
  // Clicked, then awaited: check() reads the radio right after its click and, on a busy machine,
  // has twice found React's re-render not yet done.
  await page.getByRole('radio', { name: 'Worsened (1)' }).click();
  await expect(page.getByRole('radio', { name: 'Worsened (1)' })).toBeChecked();
  await expect(page.getByTestId('compare-transparency.2')).toBeVisible();
  await expect(page.getByTestId('compare-transparency.1')).toHaveCount(0);

  const area = page.getByRole('combobox', { name: 'Area' });
  await area.selectOption('automation');
  await expect(shown).toHaveText('No question matches these filters.');
  await page.getByRole('radio', { name: /^All \(\d+\)$/ }).click();
  await expect(page.getByRole('radio', { name: /^All \(\d+\)$/ })).toBeChecked();
  await expect(page.getByTestId('compare-automation.1')).toBeVisible();
  await expect(page.getByTestId('compare-transparency.1')).toHaveCount(0);
  await area.selectOption('');
  await expect(shown).toHaveText(`Showing ${total} of ${total} questions.`);
  await expect(page.getByTestId('compare-transparency.3')).toBeVisible();

  const gaps = page.getByTestId('gaps-transparency');
  await expect(gaps).toContainText('2 gaps, 1 in place');
  await expect(gaps).toContainText('1.1.1 Publish rulings');
  await expect(gaps).toContainText('Closed: Q1');
  await expect(gaps).toContainText('Still a gap, never targeted: Q3');
  await expect(gaps).toContainText('New gaps: Q2');
  await expect(gaps).toContainText('Needed');
  // The round's page with its new sections open meets WCAG 2.1 AA (serious and critical rules).
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // The round's monitoring report carries the same analysis.
  await page.goto(`/assessments/${next}/monitoring/report`);
  await expect(page.getByTestId('gaps-transparency')).toContainText('Closed: Q1');
});
