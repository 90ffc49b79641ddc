import crypto from 'node:crypto';
import { addActivity, proposeActivity } from './fixtures';
import { liveSwitch } from './live-switch';
import { Priorities } from './pages/priorities';
import { expect, test } from './scenario';

// Two contributors rate two new activities from the keyboard in a hidden-results round; the
// facilitator sees only how many rated, reveals, the ranking shows, and the agreed priority is set.

test('contributors rate, the facilitator reveals, the ranking shows and the agreed priority is set', async ({
  scenario,
  facilitator,
  contributor: ana,
  contributor2: ben,
}) => {
  const assessmentId = scenario.assessmentId;
  const tag = crypto.randomBytes(3).toString('hex');
  const [top, bottom] = [`Rotate border staff ${tag}`, `Repaint the office ${tag}`];
  const topId = await addActivity(facilitator, assessmentId, top);
  const bottomId = await addActivity(facilitator, assessmentId, bottom);

  const priorities = new Priorities(facilitator);
  await priorities.open(assessmentId);
  await priorities.openRound([top, bottom], { importanceAndImpact: true });
  await expect(priorities.roundStatus()).toHaveText(
    /Open rating round; results hidden until revealed\. 0 people have voted/,
  );

  const [anaRates, benRates] = [new Priorities(ana), new Priorities(ben)];
  for (const member of [anaRates, benRates]) {
    await member.page.goto(`/assessments/${assessmentId}/priorities`);
    await expect(member.grid()).toBeVisible();
  }
  await anaRates.rate(anaRates.cell(topId, 'importance'), ['3', 'ArrowRight', 'h', 'ArrowDown', '1', 'ArrowLeft', 'l']);
  await benRates.rate(benRates.cell(topId, 'importance'), ['h', 'ArrowRight', '3', 'ArrowDown', '2', 'ArrowLeft', 'm']);
  await expect(anaRates.cell(bottomId, 'importance')).toHaveText('Low');
  await expect(benRates.cell(bottomId, 'impact')).toHaveText('Medium');
  await expect(anaRates.cell(topId, 'impact')).toHaveText('High');

  // Hidden results: the facilitator sees how many rated, not what.
  await expect(priorities.roundStatus()).toHaveText(/2 people have voted/);
  await expect(
    facilitator.getByTestId('ranked-activity').filter({ hasText: top }).filter({ hasText: 'score' }),
  ).toHaveCount(0);
  await facilitator.getByRole('button', { name: 'Reveal results' }).click();
  await expect(priorities.roundStatus()).toHaveText(/results revealed/);

  const ranking = facilitator.getByRole('list', { name: 'Ranked activities' });
  const first = ranking.getByTestId('ranked-activity').filter({ hasText: top });
  await expect(first).toContainText('1.');
  // Words first, the score secondary.
  await expect(first.getByTestId('priority-words')).toHaveText(
    'High priority: high on 2 of 2 criteria, medium on 0, low on 0',
  );
  await expect(first.getByTestId('priority-score')).toHaveText(
    'Score, secondary: 3.00 on a scale of 1 (low) to 3 (high)',
  );
  const last = ranking.getByTestId('ranked-activity').filter({ hasText: bottom });
  await expect(last.getByTestId('priority-words')).toContainText('Low priority');
  await expect(last.getByTestId('priority-score')).toContainText('1.00 on a scale');
  await expect(ranking.getByTestId('ranked-activity').first()).toContainText(top);
  // The bottom activity was rated low and medium: no disagreement. The heat map says it in words.
  await expect(
    facilitator.getByRole('table', { name: /Heat map/ }).getByRole('row', { name: new RegExp(top) }),
  ).toContainText('High');

  await first.getByRole('combobox', { name: 'Agreed priority' }).selectOption('high');
  await first.getByRole('textbox', { name: 'Reason' }).fill('Everyone rated it high on importance and impact.');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByTestId('agreed-priority')).toContainText('Agreed: High');

  await priorities.closeRound();
  await expect(priorities.roundStatus()).toHaveText(/Closed rating round/);
  // Ana's ratings are refused now: the grid is gone and the API shows the agreed priority.
  await expect(anaRates.grid()).toHaveCount(0);
  const api = (await (await ana.request.get(`/api/assessments/${assessmentId}/priorities`)).json()) as {
    activities: { id: string; rank: number | null; agreed: { priority: string } | null }[];
  };
  expect(api.activities.find((a) => a.id === topId)).toMatchObject({ rank: 1, agreed: { priority: 'high' } });
});

test('an activity a facilitator adds appears on another member’s open priorities page', async ({
  scenario,
  facilitator,
  contributor2: ben,
}) => {
  const title = `Publish seizure statistics ${crypto.randomBytes(3).toString('hex')}`;
  const [theirs, his] = [new Priorities(facilitator), new Priorities(ben)];
  for (const page of [theirs, his]) await page.open(scenario.assessmentId);
  await expect(his.candidates().getByText(title)).toHaveCount(0);

  await theirs.addActivity(title);
  await expect(theirs.candidates().getByText(title)).toBeVisible();
  // Ben's page was open all along and is not reloaded.
  await expect(his.candidates().getByText(title)).toBeVisible();
});

test('an activity added while a member is cut off shows on their page when the connection comes back', async ({
  scenario,
  facilitator,
  contributor2,
}) => {
  const title = `Rotate border posts ${crypto.randomBytes(3).toString('hex')}`;
  const ben = await liveSwitch(contributor2);
  const [theirs, his] = [new Priorities(facilitator), new Priorities(contributor2)];
  for (const page of [theirs, his]) await page.open(scenario.assessmentId);
  const liveStatus = contributor2.getByTestId('live-online');
  await expect(liveStatus).toContainText('online');

  await ben.cut();
  await expect(liveStatus).toContainText('Live room offline');
  await expect.poll(ben.refused, { message: 'the page keeps trying to reconnect' }).toBeGreaterThan(0);
  await theirs.addActivity(title);
  await expect(theirs.candidates().getByText(title)).toBeVisible();
  await expect(his.candidates().getByText(title)).toHaveCount(0);

  // Back online: the room is rejoined and the page's reads are done again, without a reload.
  ben.restore();
  await expect(liveStatus).not.toContainText('offline', { timeout: 20_000 });
  await expect(his.candidates().getByText(title)).toBeVisible({ timeout: 20_000 });
});

test('the facilitator gathers a group’s proposed activity from its findings, with the question it cites', async ({
  scenario,
  contributor: ana,
  facilitator,
}) => {
  const assessmentId = scenario.assessmentId;
  const groupA = scenario.groups['Group A']!;
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
  const gathered = new Priorities(facilitator).candidates().getByRole('listitem').filter({ hasText: text });
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

test('the facilitator adds a criterion, a contributor rates on it, and the results read in words', async ({
  scenario,
  facilitator,
  contributor: ana,
}) => {
  const assessmentId = scenario.assessmentId;
  const title = `Publish tariff rulings ${crypto.randomBytes(3).toString('hex')}`;
  const activityId = await addActivity(facilitator, assessmentId, title);
  const priorities = new Priorities(facilitator);
  await priorities.open(assessmentId);

  const criteria = facilitator.getByText(/^Criteria: the guide’s 8/);
  await criteria.click();
  for (const [name, description] of [
    ['Reputational risk', 'Harm to public trust if nothing is done.'],
    ['Visibility', ''],
  ] as const) {
    await facilitator.getByLabel('New criterion').fill(name);
    await facilitator.getByLabel('What it asks (optional)').fill(description);
    await facilitator.getByRole('button', { name: 'Add the criterion' }).click();
  }
  const added = facilitator.getByRole('list', { name: 'Criteria added by the working group' });
  await expect(added.getByTestId('added-criterion')).toHaveCount(2);
  await expect(added.getByTestId('added-criterion').first()).toContainText(
    'Reputational risk' + 'added by the working group' + '— Harm to public trust if nothing is done.',
  );
  // Not voted on yet: it can still go.
  await facilitator.getByRole('button', { name: 'Remove Visibility' }).click();
  await expect(added.getByTestId('added-criterion')).toHaveCount(1);
  await expect(facilitator.getByRole('checkbox', { name: 'Visibility' })).toHaveCount(0);

  await expect(facilitator.getByRole('checkbox', { name: /^Reputational risk/ })).toBeChecked();
  await priorities.openRound([title]);
  await expect(added.getByTestId('added-criterion')).toContainText('put to the vote: stays');
  await expect(facilitator.getByRole('button', { name: 'Remove Reputational risk' })).toHaveCount(0);

  const api = (await (await ana.request.get(`/api/assessments/${assessmentId}/priorities/criteria`)).json()) as {
    criteria: { id: string; name: string }[];
  };
  const risk = api.criteria.find((c) => c.name === 'Reputational risk')!;
  const anaRates = new Priorities(ana);
  await ana.goto(`/assessments/${assessmentId}/priorities`);
  await expect(anaRates.grid().getByRole('columnheader', { name: /Reputational risk/ })).toContainText(
    'added by the working group',
  );
  await anaRates.rate(anaRates.cell(activityId, risk.id), ['h']);
  await anaRates.rate(anaRates.cell(activityId, 'importance'), ['m']);
  await expect(anaRates.cell(activityId, risk.id)).toHaveText('High');

  await facilitator.getByRole('button', { name: 'Reveal results' }).click();
  const ranked = facilitator.getByTestId('ranked-activity').filter({ hasText: title });
  await expect(ranked.getByTestId('priority-words')).toHaveText(
    'Medium priority: high on 1 of 9 criteria, medium on 1, low on 0',
  );
  await expect(ranked.getByTestId('priority-score')).toHaveText(
    'Score, secondary: 2.50 on a scale of 1 (low) to 3 (high)',
  );
});
