import type { Page } from '@playwright/test';
import { expect, test } from './scenario';

const bell = (page: Page) => page.getByTestId('notification-bell');

test('a mention reaches the person live in the header; the notifications page takes them to the question', async ({
  scenario,
  contributor,
  facilitator,
}) => {
  const id = scenario.assessmentId;
  // The facilitator starts with nothing unread.
  await facilitator.goto('/notifications');
  await expect(facilitator.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  await expect(bell(facilitator)).toHaveAccessibleName('Notifications, none unread');
  await facilitator.goto('/assessments');

  // Ana mentions her on a question of the automation area.
  await contributor.goto(`/assessments/${id}/checklist/automation`);
  const q2 = contributor.locator('[id="q-automation.2"]');
  await q2.getByRole('button', { name: /Discussion/ }).click();
  const note = `Can you check the audit trail? ${Date.now()}`;
  await q2.getByLabel('Add a comment').fill(note);
  await q2.getByLabel('Mention a member').selectOption({ label: 'Fatima External' });
  await q2.getByRole('button', { name: 'Post comment' }).click();
  await expect(q2.getByRole('listitem').filter({ hasText: note })).toBeVisible();

  // The facilitator's header counts it without a reload.
  await expect(facilitator.getByTestId('notification-count')).toHaveText('1');
  await expect(bell(facilitator)).toHaveAccessibleName('Notifications, 1 unread');
  await bell(facilitator).click();
  const item = facilitator.getByTestId('notification').first();
  await expect(item).toContainText('Ana Contributor mentioned you on question 2 of Automation');
  await expect(item).toContainText('Unread');
  // Nothing of what was said is in the notification: the question is where to read it.
  await expect(item).not.toContainText(note);
  await item.getByRole('link', { name: 'Open' }).click();
  await expect(facilitator).toHaveURL(new RegExp(`/assessments/${id}/checklist/automation#q-automation\\.2$`));
  await expect(facilitator.locator('[id="q-automation.2"]')).toBeVisible();
  await expect(bell(facilitator)).toHaveAccessibleName('Notifications, none unread');
});

test('without a mail server, the profile says notifications stay in the app', async ({ observer }) => {
  await observer.goto('/profile');
  const section = observer.getByRole('region', { name: 'How you are told' });
  await expect(section.getByText('This server sends no mail, so everything stays in the app.')).toBeVisible();
  await expect(section.getByLabel('Mentions')).toHaveValue('app');
  await expect(section.getByLabel('Mentions')).toBeDisabled();
});

test('an unsubscribe link that was not signed here is refused', async ({ page }) => {
  await page.goto('/unsubscribe?token=someone.mention.forged');
  await expect(page.getByRole('alert').filter({ hasText: 'not valid' })).toHaveText(
    'This unsubscribe link is not valid.',
  );
  await expect(page.getByRole('button')).toHaveCount(0);
});
