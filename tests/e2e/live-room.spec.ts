import type { Page } from '@playwright/test';
import { demoAssessmentId, expect, test } from './fixtures';

// The live room: breakouts send each contributor to their group's area, the shared timer shows
// the same time to everyone (after a reload too), and follow-me brings everyone to the facilitator.

/** Opens a page of the assessment and waits until it has joined the live room. */
async function openLive(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('live-online')).toContainText('online');
}

async function timerSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('live-timer-value').textContent()) ?? '';
  const [m, s] = text.split(':').map(Number);
  return m! * 60 + s!;
}

async function openConsole(page: Page) {
  const toggle = page.getByRole('button', { name: 'Facilitator console' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('region', { name: 'Facilitator console' });
}

test('breakouts, the shared timer and follow-me', async ({ facilitator, contributor: ana, contributor2: ben }) => {
  const id = await demoAssessmentId(facilitator);
  const base = `/assessments/${id}`;
  await openLive(facilitator, base);
  await openLive(ana, base);
  await openLive(ben, base);
  const console = await openConsole(facilitator);

  // Each goes to their group's first area: Group A holds key factors 1-5 and collective action,
  // Group B key factors 6-10 and gender diversity (the demo seed).
  await console.getByRole('button', { name: 'Start breakouts' }).click();
  await expect(ana).toHaveURL(`${base}/checklist/leadership-commitment`);
  await expect(ben).toHaveURL(`${base}/checklist/audit-investigation`);

  // The timer: same remaining time on both sides, also after Ana reloads.
  const f = await openConsole(facilitator);
  await f.getByLabel('Minutes').fill('10');
  await f.getByLabel('Label').fill('Group work');
  await f.getByRole('button', { name: /Start timer|Restart timer/ }).click();
  await expect(ben.getByTestId('live-timer')).toContainText('Group work');
  await ana.reload();
  await expect(ana.getByTestId('live-timer')).toContainText('Group work');
  const [a, b] = await Promise.all([timerSeconds(ana), timerSeconds(ben)]);
  expect(Math.abs(a - b)).toBeLessThanOrEqual(2);
  expect(a).toBeGreaterThan(9 * 60);

  // Follow me: both contributors come to the facilitator's page.
  await facilitator.goto(`${base}/checklist/transparency`);
  const c = await openConsole(facilitator);
  await c.getByRole('button', { name: 'Follow me' }).click();
  await expect(ana).toHaveURL(`${base}/checklist/transparency`);
  await expect(ben).toHaveURL(`${base}/checklist/transparency`);
  await expect(ana.getByTestId('live-follow')).toContainText('Following Fatima External');
  // The leader moves on; the followers go along.
  await facilitator.getByRole('button', { name: 'Prepare', exact: true }).click();
  await facilitator.getByRole('link', { name: 'Groups' }).first().click();
  await expect(ana).toHaveURL(`${base}/groups`);
  await expect(ben).toHaveURL(`${base}/groups`);

  // Leave the room as other tests expect it.
  const end = await openConsole(facilitator);
  await end.getByRole('button', { name: 'Stop follow-me' }).click();
  await end.getByRole('button', { name: 'Stop timer' }).click();
  await end.getByRole('button', { name: 'End breakouts' }).click();
  await expect(ana.getByTestId('live-follow')).toHaveCount(0);
});
