import crypto from 'node:crypto';
import { demoAssessmentId, expect, test } from './fixtures';

test('a facilitator creates an assessment and invites a contributor, who accepts and reads the checklist', async ({
  facilitator,
  browser,
  baseURL,
}) => {
  const title = `Assessment ${crypto.randomBytes(3).toString('hex')}`;
  await facilitator.goto('/assessments');
  await facilitator.getByRole('link', { name: 'New assessment' }).click();

  // Bad input first: the server's field errors show and nothing is created.
  await facilitator.getByRole('button', { name: 'Create assessment' }).click();
  await expect(facilitator.getByText('Give the assessment a title.')).toBeVisible();

  await facilitator.getByLabel('Title').fill(title);
  await facilitator.getByLabel('Customs administration').fill('Example Customs');
  await facilitator.getByLabel('Country').fill('Exampleland');
  await facilitator.getByLabel('Mode (Annex 4)').selectOption('2');
  await facilitator.getByRole('button', { name: 'Create assessment' }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(facilitator.getByText('Step 5: Situational analysis')).toBeVisible();

  await facilitator.getByRole('link', { name: 'Working group' }).click();
  const email = `contributor-${crypto.randomBytes(3).toString('hex')}@e2e.test`;
  await facilitator.getByLabel('Email').fill(email);
  await facilitator.getByLabel('Role').selectOption('IC');
  await facilitator.getByLabel('Area of expertise (optional)').selectOption('Training');
  await facilitator.getByRole('button', { name: 'Invite' }).click();
  const link = await facilitator.getByLabel('Invitation link').inputValue();
  expect(link).toContain('/invite/');

  const context = await browser.newContext({ baseURL });
  const contributor = await context.newPage();
  await contributor.goto(link);
  await expect(contributor.getByText(`You are invited to ${title}`, { exact: false })).toBeVisible();
  await contributor.getByLabel('Your name').fill('Carla Contributor');
  await contributor.getByLabel('Choose a password').fill('a-long-enough-password');
  await contributor.getByRole('button', { name: 'Accept and join' }).click();
  await expect(contributor.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The checklist is in the guide's second stage; the overview opens the first.
  await contributor.getByRole('button', { name: 'Assess', exact: true }).click();
  await contributor.getByRole('link', { name: 'Checklist' }).click();
  // The overview links the contributor's areas too: the checklist's own link is clicked once it is shown.
  await expect(contributor).toHaveURL(/\/checklist$/);
  await contributor.getByRole('link', { name: 'Key factor 3: Transparency' }).click();
  await expect(contributor.getByText('Revised Arusha Declaration', { exact: true })).toBeVisible();
  await expect(contributor.locator('#q-transparency\\.20')).toBeVisible();
  await expect(contributor.locator('#q-transparency\\.19')).toHaveCount(0);
  await expect(
    contributor.getByText('Checklist: WCO Integrity Development Guide, 2021 edition, World Customs Organization.'),
  ).toBeVisible();

  // The link worked once; a second visit says so.
  await contributor.goto(link);
  await expect(contributor.getByText('This invitation has already been used.')).toBeVisible();
  await context.close();

  // The facilitator sees the new member in the working group.
  await facilitator.reload();
  await expect(facilitator.getByRole('row', { name: /Carla Contributor/ })).toContainText('Internal contributor');
});

test('a form checks its fields before sending, and shows a refusal the server words for a field on that field', async ({
  facilitator,
}) => {
  const created = await facilitator.request.post('/api/assessments', {
    data: {
      title: `Form errors ${Date.now()}`,
      administration: 'Customs',
      country: 'Testland',
      mode: 2,
      scope: 'comprehensive',
      timeZone: 'UTC',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const taken = await facilitator.request.post(`/api/assessments/${assessment.id}/groups`, { data: { name: 'Alpha' } });
  expect(taken.status(), await taken.text()).toBe(201);

  await facilitator.goto(`/assessments/${assessment.id}/groups`);
  const form = facilitator.getByRole('form', { name: 'Create a group' });
  const name = form.getByLabel('Group name');
  const posts: string[] = [];
  facilitator.on(
    'request',
    (req) => void (req.method() === 'POST' && req.url().endsWith('/groups') && posts.push(req.url())),
  );

  // The request schema, checked in the page: nothing is sent.
  await name.fill('   ');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Name the group.' })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(posts).toEqual([]);

  // Only the server knows the name is taken: its field message goes under the field, the refusal above the form.
  await name.fill('Alpha');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'There is already a group named “Alpha”.' })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Choose another name\./);
  await expect(name).toBeFocused();
  expect(posts).toHaveLength(1);
});

test('an observer can neither create nor invite: the UI hides it and the server answers 403', async ({ observer }) => {
  const demoId = await demoAssessmentId(observer);
  await observer.goto('/assessments');
  await expect(observer.getByRole('heading', { name: 'My assessments' })).toBeVisible();
  await expect(observer.getByRole('link', { name: 'New assessment' })).toHaveCount(0);

  const list = (await (await observer.request.get('/api/assessments')).json()) as {
    assessments: { id: string; myRole: string }[];
  };
  const demo = list.assessments.find((a) => a.id === demoId)!;
  expect(demo.myRole).toBe('OBS');

  const created = await observer.request.post('/api/assessments', {
    data: { title: 'Not allowed', administration: 'X', country: 'Y', scope: 'comprehensive', mode: 2, timeZone: 'UTC' },
  });
  expect(created.status()).toBe(403);
  expect(((await created.json()) as { error: string }).error).toMatch(/facilitators/);

  const invited = await observer.request.post(`/api/assessments/${demo.id}/invitations`, {
    data: { email: 'someone@e2e.test', role: 'IC' },
  });
  expect(invited.status()).toBe(403);

  const page = await observer.goto('/assessments/new');
  expect(page?.status()).toBe(403);

  await observer.goto(`/assessments/${demo.id}/members`);
  await expect(observer.getByRole('heading', { name: /Members/ })).toBeVisible();
  await expect(observer.getByRole('button', { name: 'Invite' })).toHaveCount(0);
});

test('a non-member gets 404 for an assessment, and an unknown invitation link is refused', async ({
  signInAs,
  createUser,
  observer,
}) => {
  const demoId = await demoAssessmentId(observer);
  const stranger = await createUser({ name: 'Stranger' });
  const page = await signInAs(stranger.email, stranger.password);
  expect((await page.request.get(`/api/assessments/${demoId}`)).status()).toBe(404);
  expect((await page.goto(`/assessments/${demoId}`))?.status()).toBe(404);
  await page.goto('/invite/not-a-real-token-at-all-0123456789');
  await expect(page.getByText('This invitation link is not valid.')).toBeVisible();
});

test('the sign-in form signs in and out, and repeated failures lock the account for a while', async ({
  page,
  createUser,
}) => {
  const person = await createUser({ name: 'Form User' });
  await page.goto('/assessments');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The email or password is not right.')).toBeVisible();

  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'My assessments' })).toBeVisible();
  await expect(page.getByText('You are not in any assessment yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Five failures from one place lock the account there; then even the right password is refused.
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password').fill(`wrong-${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled({ timeout: 15_000 });
  }
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Too many failed sign-ins from here/)).toBeVisible({ timeout: 15_000 });
});
