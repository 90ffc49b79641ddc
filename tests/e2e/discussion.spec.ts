import type { Page } from '@playwright/test';
import { expect, test } from './scenario';
import { liveSwitch } from './live-switch';

const q1 = (page: Page) => page.locator('[id="q-automation.1"]');

/** Both contributors on the automation area, each with the first question's discussion open. */
async function openDiscussion(assessmentId: string, ana: Page, ben: Page): Promise<void> {
  const area = `/assessments/${assessmentId}/checklist/automation`;
  await Promise.all([ana.goto(area), ben.goto(area)]);
  await q1(ben)
    .getByRole('button', { name: /Discussion/ })
    .click();
  await q1(ana)
    .getByRole('button', { name: /Discussion/ })
    .click();
}

test('a comment with a mention and a piece of evidence reach another contributor live, and files are served to members only', async ({
  scenario,
  contributor,
  contributor2,
  createUser,
  signInAs,
}) => {
  await openDiscussion(scenario.assessmentId, contributor, contributor2);
  const note = `Who owns the audit trail? ${Date.now()}`;
  const fileName = `audit-policy-${Date.now()}.pdf`;
  await q1(contributor).getByLabel('Add a comment').fill(note);
  await q1(contributor).getByLabel('Mention a member').selectOption({ label: 'Ben Contributor' });
  await q1(contributor).getByRole('button', { name: 'Post comment' }).click();
  // Ben's page was open all along: the comment arrives without a reload, marked as mentioning him.
  const received = q1(contributor2).getByRole('listitem').filter({ hasText: note });
  await expect(received).toBeVisible();
  await expect(received.getByText('(mentions you)')).toBeVisible();

  await q1(contributor)
    .getByRole('button', { name: /Evidence/ })
    .click();
  await q1(contributor2)
    .getByRole('button', { name: /Evidence/ })
    .click();
  await q1(contributor)
    .getByLabel('File (PDF', { exact: false })
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test') });
  await q1(contributor).getByRole('button', { name: 'Upload' }).click();
  const fileLink = q1(contributor2).getByRole('link', { name: fileName });
  await expect(fileLink).toBeVisible();

  // A refused type is refused with a clear message.
  await q1(contributor)
    .getByLabel('File (PDF', { exact: false })
    .setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await q1(contributor).getByRole('button', { name: 'Upload' }).click();
  await expect(q1(contributor).getByRole('alert')).toContainText('not accepted');

  const href = (await fileLink.getAttribute('href'))!;
  const download = await contributor2.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toContain('attachment');
  expect((await download.body()).toString()).toBe('%PDF-1.4 test');

  const stranger = await createUser({ name: 'Stranger' });
  const outsider = await signInAs(stranger.email, stranger.password);
  expect((await outsider.request.get(href)).status()).toBe(404);
});

test('a comment posted while another contributor is cut off reaches them when their connection comes back', async ({
  scenario,
  contributor,
  contributor2,
}) => {
  const ben = await liveSwitch(contributor2);
  await openDiscussion(scenario.assessmentId, contributor, contributor2);
  const liveStatus = contributor2.getByTestId('live-online');
  await expect(liveStatus).toContainText('online');

  await ben.cut();
  await expect(liveStatus).toContainText('Live room offline');
  await expect.poll(ben.refused, { message: 'the page keeps trying to reconnect' }).toBeGreaterThan(0);
  const note = `Posted while Ben was away ${Date.now()}`;
  await q1(contributor).getByLabel('Add a comment').fill(note);
  await q1(contributor).getByRole('button', { name: 'Post comment' }).click();
  await expect(q1(contributor).getByRole('listitem').filter({ hasText: note })).toBeVisible();
  await expect(q1(contributor2).getByRole('listitem').filter({ hasText: note })).toHaveCount(0);

  // Back online: the page rejoins the room and reads what it missed, without a reload.
  ben.restore();
  await expect(liveStatus).not.toContainText('offline', { timeout: 20_000 });
  await expect(q1(contributor2).getByRole('listitem').filter({ hasText: note })).toBeVisible({ timeout: 20_000 });
});
