import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { addActivity, demoAssessmentId, expect, proposeActivity, test } from './fixtures';
import { liveSwitch } from './live-switch';

// Two contributors rate two new activities from the keyboard in a hidden-results round; the
// facilitator sees only how many rated, reveals, the ranking shows, and the agreed priority is set.

const connected = (page: Page) => expect(page.getByTestId('round-status')).not.toHaveText(/Connecting/);

/** Rates from the keyboard alone: the first cell gets focus, then arrows and number or letter keys. */
async function rate(page: Page, first: string, keys: string[]) {
  await page.getByTestId(first).focus();
  for (const key of keys) await page.keyboard.press(key);
}

test('contributors rate, the facilitator reveals, the ranking shows and the agreed priority is set', async ({
  facilitator,
  contributor: ana,
  contributor2: ben,
}) => {
  const assessmentId = await demoAssessmentId(facilitator);
  const tag = crypto.randomBytes(3).toString('hex');
  const [top, bottom] = [`Rotate border staff ${tag}`, `Repaint the office ${tag}`];
  const topId = await addActivity(facilitator, assessmentId, top);
  const bottomId = await addActivity(facilitator, assessmentId, bottom);

  await facilitator.goto(`/assessments/${assessmentId}/priorities`);
  await connected(facilitator);
  // A round left open by an earlier run against the same server is closed first.
  const close = facilitator.getByRole('button', { name: 'Close the round' });
  if (await close.isVisible()) await close.click();
  await facilitator.getByRole('checkbox', { name: top, exact: true }).check();
  await facilitator.getByRole('checkbox', { name: bottom, exact: true }).check();
  for (const name of [
    'Urgency',
    'Consequence of failure',
    'Probability of obtaining executive and employee commitment',
    'National/international obligations',
    'Ease of implementation',
    'Cost',
  ]) {
    await facilitator.getByRole('checkbox', { name, exact: true }).uncheck();
  }
  await facilitator.getByRole('button', { name: 'Open the round' }).click();
  await expect(facilitator.getByTestId('round-status')).toHaveText(
    /Open rating round; results hidden until revealed\. 0 people have voted/,
  );

  for (const page of [ana, ben]) {
    await page.goto(`/assessments/${assessmentId}/priorities`);
    await expect(page.getByRole('grid', { name: 'Your ratings' })).toBeVisible();
  }
  await rate(ana, `cell-${topId}-importance`, ['3', 'ArrowRight', 'h', 'ArrowDown', '1', 'ArrowLeft', 'l']);
  await rate(ben, `cell-${topId}-importance`, ['h', 'ArrowRight', '3', 'ArrowDown', '2', 'ArrowLeft', 'm']);
  await expect(ana.getByTestId(`cell-${bottomId}-importance`)).toHaveText('Low');
  await expect(ben.getByTestId(`cell-${bottomId}-impact`)).toHaveText('Medium');
  await expect(ana.getByTestId(`cell-${topId}-impact`)).toHaveText('High');

  // Hidden results: the facilitator sees how many rated, not what.
  await expect(facilitator.getByTestId('round-status')).toHaveText(/2 people have voted/);
  await expect(
    facilitator.getByTestId('ranked-activity').filter({ hasText: top }).filter({ hasText: 'score' }),
  ).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Reveal results' }).click();
  await expect(facilitator.getByTestId('round-status')).toHaveText(/results revealed/);

  const ranking = facilitator.getByRole('list', { name: 'Ranked activities' });
  const first = ranking.getByTestId('ranked-activity').filter({ hasText: top });
  await expect(first).toContainText('1.');
  await expect(first).toContainText('score 3.00 of 3');
  await expect(ranking.getByTestId('ranked-activity').filter({ hasText: bottom })).toContainText('score 1.00 of 3');
  await expect(ranking.getByTestId('ranked-activity').first()).toContainText(top);
  // The bottom activity was rated low and medium: no disagreement. The heat map says it in words.
  await expect(
    facilitator.getByRole('table', { name: /Heat map/ }).getByRole('row', { name: new RegExp(top) }),
  ).toContainText('High');

  await first.getByRole('combobox', { name: 'Agreed priority' }).selectOption('high');
  await first.getByRole('textbox', { name: 'Reason' }).fill('Everyone rated it high on importance and impact.');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByTestId('agreed-priority')).toContainText('Agreed: High');

  await facilitator.getByRole('button', { name: 'Close the round' }).click();
  await expect(facilitator.getByTestId('round-status')).toHaveText(/Closed rating round/);
  // Ana's ratings are refused now: the grid is gone and the API shows the agreed priority.
  await expect(ana.getByRole('grid', { name: 'Your ratings' })).toHaveCount(0);
  const api = (await (await ana.request.get(`/api/assessments/${assessmentId}/priorities`)).json()) as {
    activities: { id: string; rank: number | null; agreed: { priority: string } | null }[];
  };
  expect(api.activities.find((a) => a.id === topId)).toMatchObject({ rank: 1, agreed: { priority: 'high' } });
});

test('an activity a facilitator adds appears on another member’s open priorities page', async ({
  facilitator,
  contributor2: ben,
}) => {
  const assessmentId = await demoAssessmentId(facilitator);
  const title = `Publish seizure statistics ${crypto.randomBytes(3).toString('hex')}`;
  for (const page of [facilitator, ben]) {
    await page.goto(`/assessments/${assessmentId}/priorities`);
    await connected(page);
  }
  const list = (page: Page) => page.getByRole('list', { name: 'Candidate activities' });
  await expect(list(ben).getByText(title)).toHaveCount(0);

  await facilitator.getByLabel('New activity').fill(title);
  await facilitator.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(list(facilitator).getByText(title)).toBeVisible();
  // Ben's page was open all along and is not reloaded.
  await expect(list(ben).getByText(title)).toBeVisible();
});

test('an activity added while a member is cut off shows on their page when the connection comes back', async ({
  facilitator,
  contributor2,
}) => {
  const assessmentId = await demoAssessmentId(facilitator);
  const title = `Rotate border posts ${crypto.randomBytes(3).toString('hex')}`;
  const ben = await liveSwitch(contributor2);
  for (const page of [facilitator, contributor2]) {
    await page.goto(`/assessments/${assessmentId}/priorities`);
    await connected(page);
  }
  const list = (page: Page) => page.getByRole('list', { name: 'Candidate activities' });
  const liveStatus = contributor2.getByTestId('live-online');
  await expect(liveStatus).toContainText('online');

  await ben.cut();
  await expect(liveStatus).toContainText('Live room offline');
  await expect.poll(ben.refused, { message: 'the page keeps trying to reconnect' }).toBeGreaterThan(0);
  await facilitator.getByLabel('New activity').fill(title);
  await facilitator.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(list(facilitator).getByText(title)).toBeVisible();
  await expect(list(contributor2).getByText(title)).toHaveCount(0);

  // Back online: the room is rejoined and the page's reads are done again, without a reload.
  ben.restore();
  await expect(liveStatus).not.toContainText('offline', { timeout: 20_000 });
  await expect(list(contributor2).getByText(title)).toBeVisible({ timeout: 20_000 });
});

test('the facilitator gathers a group’s proposed activity from its findings, with the question it cites', async ({
  contributor: ana,
  facilitator,
}) => {
  const assessmentId = await demoAssessmentId(facilitator);
  const groups = (await (await facilitator.request.get(`/api/assessments/${assessmentId}/groups`)).json()) as {
    groups: { id: string; name: string }[];
  };
  const groupA = groups.groups.find((g) => g.name === 'Group A')!.id;
  const text = `Vet brokers ${crypto.randomBytes(4).toString('hex')}`;

  // Before the step under test: Ana, Group A's rapporteur, proposes an activity citing a question.
  await ana.goto(`/assessments/${assessmentId}/groups/${groupA}`);
  await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const { cited } = await proposeActivity(ana, text);

  // The step under test: the facilitator's button, as a user clicks it.
  await facilitator.goto(`/assessments/${assessmentId}/priorities`);
  await facilitator.getByRole('button', { name: 'Gather from findings' }).click();
  await expect(facilitator.getByRole('status').filter({ hasText: /\d+ gathered/ })).toBeVisible();
  await expect(facilitator.getByText('Send JSON')).toHaveCount(0);
  const gathered = facilitator
    .getByRole('list', { name: 'Candidate activities' })
    .getByRole('listitem')
    .filter({ hasText: text });
  await expect(gathered).toHaveCount(1);
  // The cited question shows by its area and number, never by its key.
  await expect(gathered).toContainText(` · Q${cited.split('.')[1]}`);
  await expect(gathered).not.toContainText(cited);

  // The trail question → finding → activity is kept: once agreed, "Where used" finds it from the question.
  const listed = (await (await facilitator.request.get(`/api/assessments/${assessmentId}/activities`)).json()) as {
    activities: { id: string; title: string }[];
  };
  const activityId = listed.activities.find((a) => a.title === text)!.id;
  expect(
    (
      await facilitator.request.put(`/api/assessments/${assessmentId}/activities/${activityId}/agreed`, {
        data: { priority: 'medium', reason: 'Gathered' },
      })
    ).ok(),
  ).toBe(true);
  const whereUsed = (await (
    await facilitator.request.get(
      `/api/assessments/${assessmentId}/plan/where-used?question=${encodeURIComponent(cited)}`,
    )
  ).json()) as unknown;
  expect(JSON.stringify(whereUsed)).toContain(text);
});
