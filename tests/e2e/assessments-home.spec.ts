import { signIn } from './fixtures';
import { expect, test } from './scenario';

// The list of assessments tells a member of several workshops where each stands and where to go
// next; a member whose browser is in another zone than their profile is told once and may switch;
// an assessment's home says where the workshop is, and what is asked of each member.

test('the list shows each assessment’s stage, the member’s role and the next session', async ({
  scenario,
  facilitator,
}) => {
  // A new assessment with a session tomorrow, beside the scenario's, which has groups and no session.
  const title = `Home list ${Date.now()}`;
  const created = await facilitator.request.post('/api/assessments', {
    data: {
      administration: 'Customs',
      country: 'Testland',
      title,
      scope: 'targeted',
      areas: ['transparency'],
      mode: 2,
      plannedStart: '2030-01-05',
      plannedEnd: '2030-02-20',
      timeZone: 'UTC',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const startsAt = new Date(Date.now() + 24 * 3_600_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const session = await facilitator.request.post(`/api/assessments/${assessment.id}/sessions`, {
    data: { title: 'Kick-off', startsAt: startsAt.toISOString(), durationMinutes: 60, agenda: [] },
  });
  expect(session.status(), await session.text()).toBe(201);

  await facilitator.goto('/assessments');
  const card = facilitator.getByRole('listitem').filter({ has: facilitator.getByRole('link', { name: title }) });
  await expect(card.getByTestId('assessment-stage')).toHaveText('Stage: Preparation');
  await expect(card).toContainText('You: External facilitator');
  await expect(card).toContainText(/Planned: .*2030 to .*2030/);
  // In the facilitator's profile zone (Brussels), not the browser's or the server's.
  const when = new Intl.DateTimeFormat('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(startsAt);
  await expect(card.getByTestId('assessment-next-session')).toHaveText(`Next session: Kick-off, ${when}`);

  const underWay = facilitator
    .getByRole('listitem')
    .filter({ has: facilitator.getByRole('link', { name: scenario.title, exact: true }) });
  // The scenario's workshop is under way: its groups exist.
  await expect(underWay.getByTestId('assessment-stage')).not.toHaveText('Stage: Preparation');
  await expect(underWay).toContainText('You: External facilitator');
});

test('a member whose browser is in another zone is told once and switches', async ({
  browser,
  baseURL,
  createUser,
}) => {
  const user = await createUser({ name: 'Tomoko Travels' });
  const context = await browser.newContext({ baseURL, timezoneId: 'Asia/Tokyo' });
  try {
    await signIn(context, user.email, user.password);
    const page = await context.newPage();
    expect((await page.request.patch('/api/me', { data: { timeZone: 'Europe/Paris' } })).status()).toBe(200);

    await page.goto('/assessments');
    const banner = page.getByRole('status').filter({ hasText: 'Your browser is in Asia/Tokyo' });
    await expect(banner).toHaveText(
      /Your browser is in Asia\/Tokyo; your profile says Europe\/Paris\. Times are shown in Europe\/Paris\./,
    );
    await expect(banner.getByRole('button', { name: 'Keep Europe/Paris' })).toBeVisible();
    await banner.getByRole('button', { name: 'Use Asia/Tokyo' }).click();
    await expect(banner).toBeHidden();

    await page.goto('/profile');
    await expect(page.getByRole('main')).toContainText('Asia/Tokyo');
    await page.reload();
    await expect(page.getByRole('main')).toContainText('Asia/Tokyo');
    await expect(page.getByText('Your browser is in')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a member who keeps their profile’s zone is not asked again', async ({ browser, baseURL, createUser }) => {
  const user = await createUser({ name: 'Karl Keeps' });
  const context = await browser.newContext({ baseURL, timezoneId: 'America/Lima' });
  try {
    await signIn(context, user.email, user.password);
    const page = await context.newPage();
    expect((await page.request.patch('/api/me', { data: { timeZone: 'Europe/Paris' } })).status()).toBe(200);
    await page.goto('/assessments');
    const banner = page.getByRole('status').filter({ hasText: 'Your browser is in America/Lima' });
    await banner.getByRole('button', { name: 'Keep Europe/Paris' }).click();
    await expect(banner).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'My assessments' })).toBeVisible();
    await expect(page.getByText('Your browser is in')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('the profile refuses a time zone this server does not know, on its field', async ({ createUser, signInAs }) => {
  const user = await createUser({ name: 'Zoe Zones' });
  const page = await signInAs(user.email, user.password);
  await page.goto('/profile');
  const zone = page.getByLabel('Your time zone', { exact: true });
  // A browser's list of zones may be newer than the server's: the form checks the choice first.
  await zone.evaluate((select: HTMLSelectElement) => select.add(new Option('Mars/Olympus_Mons')));
  await zone.selectOption('Mars/Olympus_Mons');
  const save = page
    .getByRole('region', { name: 'Change your time zone' })
    .getByRole('button', { name: 'Save', exact: true });
  await save.click();
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expect(zone).toHaveAccessibleDescription(/Unknown time zone\./);

  await zone.selectOption('Europe/Lisbon');
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText(
    'Saved: times are now shown in Europe/Lisbon.',
  );
  await expect(zone).toHaveAttribute('aria-invalid', 'false');
});

test('a contributor lands on where they are: stage, group, areas and what is asked of them', async ({
  scenario,
  facilitator,
  contributor,
}) => {
  const assessmentId = scenario.assessmentId;
  const mine = (await (await contributor.request.get(`/api/assessments/${assessmentId}/me`)).json()) as {
    group: { name: string };
    areas: { id: string; label: string }[];
  };
  expect(mine.group.name).toBe('Group A');
  const area = mine.areas[0]!;

  // The facilitator mentions Ana on her group's first question.
  const ana = scenario.members.contributor!;
  const posted = await facilitator.request.post(`/api/assessments/${assessmentId}/questions/${area.id}.1/comments`, {
    data: { body: 'Ana, could you add the evidence here?', mentions: [ana.id] },
  });
  expect(posted.status(), await posted.text()).toBe(201);

  await contributor.goto('/assessments');
  await contributor.getByRole('link', { name: scenario.title, exact: true }).click();
  const here = contributor.getByRole('region', { name: 'You are here' });
  await expect(here.getByTestId('home-stage')).toHaveText(/^Stage: /);
  await expect(here.getByTestId('home-stage')).not.toHaveText(/Preparation/);
  await expect(
    here.getByRole('list', { name: 'Where the workshop stands' }).locator('[aria-current="step"]'),
  ).toHaveCount(1);
  await expect(here.getByTestId('home-group')).toHaveText('Group A');
  const areas = here.getByRole('region', { name: 'My areas' });
  await expect(areas.getByRole('link', { name: area.label, exact: true })).toBeVisible();
  await expect(areas.getByRole('progressbar').first()).toHaveAccessibleName(/of \d+ questions answered/);
  // No raw question key anywhere a person reads.
  await expect(here).not.toContainText(`${area.id}.1`);

  const tasks = here.getByRole('region', { name: 'Asked of you' });
  const mention = tasks.getByRole('link', { name: `Fatima External mentioned you on ${area.label}, question 1` });
  await expect(mention).toBeVisible();
  await mention.click();
  await expect
    .poll(() => decodeURIComponent(new URL(contributor.url()).pathname + new URL(contributor.url()).hash))
    .toBe(`/assessments/${assessmentId}/checklist/${area.id}#q-${area.id}.1`);
  await expect(contributor.locator(`[id="q-${area.id}.1"]`)).toBeVisible();

  // Ana answers on that question: the mention is no longer waiting for her.
  const reply = await contributor.request.post(`/api/assessments/${assessmentId}/questions/${area.id}.1/comments`, {
    data: { body: 'Added.', mentions: [] },
  });
  expect(reply.status(), await reply.text()).toBe(201);
  await contributor.goto(`/assessments/${assessmentId}`);
  await expect(here.getByTestId('home-group')).toHaveText('Group A');
  await expect(tasks.getByRole('link', { name: /mentioned you on/ })).toHaveCount(0);

  // Her group's eight areas are asked of her: three listed, the rest under "My areas".
  await expect(tasks.getByRole('link', { name: /questions? to answer$/ })).toHaveCount(3);
  await expect(tasks.getByRole('link', { name: '5 more areas to answer, under My areas' })).toBeVisible();
  const answer = tasks.getByRole('link', { name: `${area.label}: ` });
  await expect(answer).toHaveText(/^.+: \d+ questions? to answer$/);
  await answer.click();
  await expect(contributor).toHaveURL(new RegExp(`/assessments/${assessmentId}/checklist/${area.id}$`));
});

test('a facilitator’s home shows what needs attention, and Annex 4 folded by step', async ({
  scenario,
  facilitator,
}) => {
  const assessmentId = scenario.assessmentId;
  await facilitator.goto(`/assessments/${assessmentId}`);
  const here = facilitator.getByRole('region', { name: 'You are here' });
  await expect(here.getByTestId('home-group')).toHaveText('Not in a breakout group');
  await expect(here.getByRole('region', { name: 'Needs your attention' })).toBeVisible();

  const annex = facilitator.getByRole('region', { name: 'The six assessment steps (Annex 4)' });
  const steps = annex.locator('details');
  await expect(steps).toHaveCount(6);
  // Folded: each step shows its title and progress until opened; the current one is marked.
  await expect(annex.locator('details[open]')).toHaveCount(0);
  const { step } = (await (await facilitator.request.get(`/api/assessments/${assessmentId}/me`)).json()) as {
    step: { guide: string; n: number } | null;
  };
  const current = annex.locator('summary').filter({ hasText: 'Current step' });
  // Marked while the workshop is at an Annex 4 step; planning has steps of its own.
  await expect(current).toHaveCount(step?.guide === 'assessment' ? 1 : 0);
  if (step?.guide === 'assessment') await expect(current).toContainText(`Step ${step.n}:`);
  const scope = steps.filter({ hasText: 'Step 1: Establishing the scope of assessment' });
  await expect(scope.locator('summary')).toContainText(/\d of 3 done/);
  await expect(scope.getByRole('button', { name: 'Edit activity 1.1' })).toBeHidden();
  await scope.locator('summary').click();
  await expect(scope.getByRole('button', { name: 'Edit activity 1.1' })).toBeVisible();
});

test('an observer’s home asks nothing of them and shows no facilitator panel', async ({ scenario, observer }) => {
  const assessmentId = scenario.assessmentId;
  await observer.goto(`/assessments/${assessmentId}`);
  const here = observer.getByRole('region', { name: 'You are here' });
  await expect(here.getByRole('region', { name: 'Asked of you' })).toContainText('Nothing waits for you right now.');
  await expect(here.getByRole('region', { name: 'My areas' })).toContainText('You have no areas to answer');
  await expect(observer.getByRole('region', { name: 'Needs your attention' })).toHaveCount(0);
});
