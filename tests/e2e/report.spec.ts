import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { demoAssessmentId, expect, test } from './fixtures';

// The facilitator writes the report narrative and the terms of reference while senior management
// watch live; the facilitator signs off, edits again (the sign-off goes stale), downloads the
// report with progress, and a redacted export names nobody. The same strings as the injection
// test go in, and must come out as text in the preview.

const connected = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

test('facilitators write the report live, sign it off, and exports respect redaction', async ({ facilitator, senior }) => {
  const assessmentId = await demoAssessmentId(facilitator);
  const tag = `tag${crypto.randomBytes(4).toString('hex')}`;
  await Promise.all([facilitator.goto(`/assessments/${assessmentId}/report`), senior.goto(`/assessments/${assessmentId}/report`)]);
  await Promise.all([connected(facilitator), connected(senior)]);

  // The facilitator types into a narrative section; senior management read it as it is typed.
  const challenges = facilitator.getByRole('textbox', { name: 'Challenges encountered' });
  await challenges.click();
  await facilitator.keyboard.press('ControlOrMeta+End');
  await facilitator.keyboard.type(` ${tag} <script>alert(1)</script> {{7*7}}`);
  await expect(senior.getByRole('textbox', { name: 'Challenges encountered' })).toContainText(tag);
  await expect(senior.getByRole('textbox', { name: 'Challenges encountered' })).toHaveAttribute('aria-readonly', 'true');

  // Sign-off, then an edit makes it stale.
  await expect.poll(async () => (await facilitator.request.get(`/api/assessments/${assessmentId}/report/preview`)).text(), { timeout: 10_000 }).toContain(tag);
  // The button signs the version last shown; if the report changed since, the panel says so and
  // shows the new version, which the facilitator then signs.
  await expect(async () => {
    await facilitator.getByRole('button', { name: /Sign off this version|Add my sign-off/ }).click();
    await expect(facilitator.getByTestId('signoff-state')).toHaveText(/Version \d+ is signed off\./, { timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await challenges.click();
  await facilitator.keyboard.press('ControlOrMeta+End');
  await facilitator.keyboard.type(' more');
  await expect
    .poll(async () => {
      await senior.getByRole('button', { name: 'Check for changes' }).click();
      return senior.getByTestId('signoff-state').textContent();
    }, { timeout: 10_000 })
    .toMatch(/needs to be signed off again/);

  // The preview shows the typed markup as text, escaped.
  const preview = await (await facilitator.request.get(`/api/assessments/${assessmentId}/report/preview`)).text();
  expect(preview).toContain(`${tag} &lt;script&gt;alert(1)&lt;/script&gt; {{7*7}}`);

  // A download with progress, and a redacted export that names no facilitator.
  const download = facilitator.waitForEvent('download');
  await facilitator.getByRole('button', { name: 'Report (DOCX)', exact: true }).click();
  const file = await (await download).path();
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
  const me = (await (await facilitator.request.get('/api/auth/session')).json()) as { user: { name: string } };
  const redacted = await (await facilitator.request.get(`/api/assessments/${assessmentId}/report/preview?redacted=1`)).text();
  expect(redacted).toContain(tag);
  expect(redacted).not.toContain(me.user.name);
});

test('the terms of reference are written together and exported as DOCX', async ({ facilitator, contributor }) => {
  const assessmentId = await demoAssessmentId(facilitator);
  const tag = `tor${crypto.randomBytes(4).toString('hex')}`;
  await Promise.all([facilitator.goto(`/assessments/${assessmentId}/terms-of-reference`), contributor.goto(`/assessments/${assessmentId}/terms-of-reference`)]);
  await Promise.all([connected(facilitator), connected(contributor)]);
  const field = facilitator.getByRole('textbox', { name: 'Mission objective' });
  await field.click();
  await field.press('ControlOrMeta+End');
  await field.pressSequentially(` ${tag}`);
  await expect(contributor.getByRole('textbox', { name: 'Mission objective' })).toHaveValue(new RegExp(tag));
  await expect
    .poll(async () => (await facilitator.request.get(`/api/assessments/${assessmentId}/terms-of-reference.docx`)).status(), { timeout: 10_000 })
    .toBe(200);
});
