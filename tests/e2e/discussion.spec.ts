import { demoAssessmentId, expect, test } from './fixtures';

test('a comment with a mention and a piece of evidence reach another contributor live, and files are served to members only', async ({ contributor, contributor2, createUser, signInAs }) => {
  const id = await demoAssessmentId(contributor);
  const area = `/assessments/${id}/checklist/automation`;
  await Promise.all([contributor.goto(area), contributor2.goto(area)]);
  const q1 = (page: typeof contributor) => page.locator('[id="q-automation.1"]');

  await q1(contributor2).getByRole('button', { name: /Discussion/ }).click();
  await q1(contributor).getByRole('button', { name: /Discussion/ }).click();
  const note = `Who owns the audit trail? ${Date.now()}`;
  await q1(contributor).getByLabel('Add a comment').fill(note);
  await q1(contributor).getByLabel('Mention a member').selectOption({ label: 'Ben Contributor' });
  await q1(contributor).getByRole('button', { name: 'Post comment' }).click();
  // Ben's page was open all along: the comment arrives without a reload, marked as mentioning him.
  await expect(q1(contributor2).getByText(note, { exact: false })).toBeVisible();
  await expect(q1(contributor2).getByText('(mentions you)')).toBeVisible();

  await q1(contributor).getByRole('button', { name: /Evidence/ }).click();
  await q1(contributor2).getByRole('button', { name: /Evidence/ }).click();
  await q1(contributor).getByLabel('File (PDF', { exact: false }).setInputFiles({ name: 'audit-policy.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test') });
  await q1(contributor).getByRole('button', { name: 'Upload' }).click();
  const fileLink = q1(contributor2).getByRole('link', { name: 'audit-policy.pdf' });
  await expect(fileLink).toBeVisible();

  // A refused type is refused with a clear message.
  await q1(contributor).getByLabel('File (PDF', { exact: false }).setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
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
