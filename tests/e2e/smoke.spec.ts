import { DEMO_USERS, expect, test } from './fixtures';

test('the health endpoint answers', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', db: 'ok' });
});

test('an anonymous visit to / ends on the sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByLabel('Email', { exact: true })).toBeVisible();
});

test('a demo user signs in through the fixture', async ({ facilitator }) => {
  const session = (await (await facilitator.request.get('/api/auth/session')).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(DEMO_USERS.facilitator);
});

test('a user created for the test signs in, and the contexts stay apart', async ({
  createUser,
  signInAs,
  contributor,
}) => {
  const user = await createUser({ name: 'Smoke tester' });
  const page = await signInAs(user.email, user.password);
  const mine = (await (await page.request.get('/api/auth/session')).json()) as { user?: { email?: string } };
  const theirs = (await (await contributor.request.get('/api/auth/session')).json()) as { user?: { email?: string } };
  expect(mine.user?.email).toBe(user.email);
  expect(theirs.user?.email).toBe(DEMO_USERS.contributor);
});
