import { DEMO_ASSESSMENT_TITLE, expect, signIn, test } from './fixtures';

// The list of assessments tells a member of several workshops where each stands and where to go
// next; a member whose browser is in another zone than their profile is told once and may switch.

test('the list shows each assessment’s stage, the member’s role and the next session', async ({ facilitator }) => {
  // An assessment of this test alone, with a session tomorrow, so the demo's own sessions do not matter.
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

  const demo = facilitator
    .getByRole('listitem')
    .filter({ has: facilitator.getByRole('link', { name: DEMO_ASSESSMENT_TITLE, exact: true }) });
  // The demo is in the middle of its workshop: groups and answers exist.
  await expect(demo.getByTestId('assessment-stage')).not.toHaveText('Stage: Preparation');
  await expect(demo).toContainText('You: External facilitator');
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
