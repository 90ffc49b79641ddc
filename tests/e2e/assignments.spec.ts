import type { Locator } from '@playwright/test';
import { expect, test } from './scenario';

/** Opens the folded panel; a click landing before the page is ready is tried again. */
async function openPanel(panel: Locator): Promise<void> {
  await expect(async () => {
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
    await expect(panel).toHaveAttribute('open', '', { timeout: 1000 });
  }).toPass();
}

test('a rapporteur assigns two questions; the member is told live and finds them on their home page', async ({
  scenario,
  contributor,
  externalContributor,
  observer,
}) => {
  const id = scenario.assessmentId;
  // Tomás waits on his home page of the assessment.
  await externalContributor.goto(`/assessments/${id}`);
  const bell = externalContributor.getByTestId('notification-bell');
  await expect(bell).toBeVisible();
  const before = Number(
    (await externalContributor
      .getByTestId('notification-count')
      .textContent({ timeout: 1000 })
      .catch(() => '0')) ?? '0',
  );

  // Ana reports for Group A, which has transparency.
  await contributor.goto(`/assessments/${id}/checklist/transparency`);
  const panel = contributor.getByTestId('assignments-panel');
  await openPanel(panel);
  // Without a member, the form says what is missing and assigns nothing.
  await panel.getByRole('checkbox', { name: 'Question 1', exact: true }).check();
  await panel.getByRole('button', { name: 'Assign' }).click();
  await expect(panel.getByText('Choose a member.')).toBeVisible();

  await panel.getByRole('checkbox', { name: 'Question 2', exact: true }).check();
  await panel.getByLabel('Member').selectOption({ label: 'Tomás Trader' });
  await panel.getByLabel('Due date').fill('2027-05-10');
  await panel.getByRole('button', { name: 'Assign' }).click();
  await expect(panel.getByRole('status')).toHaveText('2 questions assigned to Tomás Trader.');
  await expect(panel.getByRole('link', { name: 'Question 1: Tomás Trader, by May 10, 2027' })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Question 2: Tomás Trader, by May 10, 2027' })).toBeVisible();

  // Tomás's header counts it without a reload; his home lists the questions.
  await expect(externalContributor.getByTestId('notification-count')).toHaveText(String(before + 1));
  await externalContributor.reload();
  const tasks = externalContributor.getByTestId('home-tasks');
  await expect(tasks.getByRole('link', { name: /question 1, by May 10, 2027/ })).toBeVisible();
  await tasks.getByRole('link', { name: /question 2, by May 10, 2027/ }).click();
  await expect(externalContributor).toHaveURL(new RegExp(`/checklist/transparency#q-transparency\\.2$`));

  // The observer sees who answers what, and cannot assign or withdraw.
  await observer.goto(`/assessments/${id}/checklist/transparency`);
  const seen = observer.getByTestId('assignments-panel');
  await openPanel(seen);
  await expect(seen.getByRole('link', { name: 'Question 2: Tomás Trader, by May 10, 2027' })).toBeVisible();
  await expect(seen.getByRole('button')).toHaveCount(0);

  // Ana withdraws one.
  await panel.getByRole('button', { name: 'Withdraw the assignment of question 1 to Tomás Trader' }).click();
  await expect(panel.getByRole('status')).toHaveText('Assignment withdrawn.');
  await expect(panel.getByRole('link', { name: /^Question 1:/ })).toHaveCount(0);
});
