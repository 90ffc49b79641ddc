import { expect, test } from './scenario';

// Step 4's consultation log: a contributor opens the form from the plan page (its code is fetched
// then), is stopped by the schema before anything is sent, records a consultation, and an
// observer reads it without a way to record one.

test('a contributor records a consultation through the form; an observer reads it', async ({
  scenario,
  contributor: ana,
  observer,
}) => {
  await ana.goto(scenario.path('/plan'));
  const log = ana.getByRole('region', { name: 'Stakeholder consultation (step 4)' });
  await expect(log.getByText('No consultations recorded yet.')).toBeVisible();

  await log.getByRole('button', { name: 'Record a consultation…' }).click();
  const who = log.getByRole('textbox', { name: 'Who was consulted' });
  await expect(who).toBeFocused();

  // Nothing typed: each required field says what it needs, and nothing is recorded.
  const posts: string[] = [];
  ana.on('request', (r) => r.method() === 'POST' && r.url().includes('/plan/consultations') && posts.push(r.url()));
  await log.getByRole('button', { name: 'Record consultation' }).click();
  await expect(who).toHaveAttribute('aria-invalid', 'true');
  await expect(who).toHaveAccessibleDescription('Say who was consulted.');
  await expect(log.getByRole('textbox', { name: 'What they said' })).toHaveAttribute('aria-invalid', 'true');
  expect(posts).toEqual([]);

  await who.fill('Customs brokers association');
  await log.getByLabel('When').fill('2026-11-30');
  await log.getByRole('textbox', { name: 'What they said' }).fill('Publish the fees schedule at every border post.');
  await log.getByRole('textbox', { name: 'What changed in the plan' }).fill('Activity 1.1.2 covers every post.');
  await log.getByRole('button', { name: 'Record consultation' }).click();

  // The form closes, the focus goes back to its button, and the entry is in the log.
  const opener = log.getByRole('button', { name: 'Record a consultation…' });
  await expect(opener).toBeFocused();
  await expect(log.getByText('Customs brokers association', { exact: false })).toBeVisible();
  expect(posts).toHaveLength(1);

  await observer.goto(scenario.path('/plan'));
  const seen = observer.getByRole('region', { name: 'Stakeholder consultation (step 4)' });
  await expect(seen.getByText('Publish the fees schedule at every border post.')).toBeVisible();
  await expect(seen.getByRole('button', { name: 'Record a consultation…' })).toHaveCount(0);
});
