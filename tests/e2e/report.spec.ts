import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './scenario';

// The facilitator writes the report narrative and the terms of reference while senior management
// watch live; the facilitator signs off, edits again (the sign-off goes stale), downloads the
// report with progress, and a redacted export names nobody. The same strings as the injection
// test go in, and must come out as text in the preview.

const connected = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

test('facilitators write the report live, sign it off, and exports respect redaction', async ({
  scenario,
  facilitator,
  senior,
}) => {
  const assessmentId = scenario.assessmentId;
  const tag = `tag${crypto.randomBytes(4).toString('hex')}`;
  await Promise.all([
    facilitator.goto(`/assessments/${assessmentId}/report`),
    senior.goto(`/assessments/${assessmentId}/report`),
  ]);
  await Promise.all([connected(facilitator), connected(senior)]);

  // The facilitator types into a narrative section; senior management read it as it is typed.
  const challenges = facilitator.getByRole('textbox', { name: 'Challenges encountered' });
  await challenges.click();
  await facilitator.keyboard.press('ControlOrMeta+End');
  await facilitator.keyboard.type(` ${tag} <script>alert(1)</script> {{7*7}}`);
  await expect(senior.getByRole('textbox', { name: 'Challenges encountered' })).toContainText(tag);
  await expect(senior.getByRole('textbox', { name: 'Challenges encountered' })).toHaveAttribute(
    'aria-readonly',
    'true',
  );

  // Sign-off, then an edit makes it stale.
  await expect
    .poll(async () => (await facilitator.request.get(`/api/assessments/${assessmentId}/report/preview`)).text(), {
      timeout: 10_000,
    })
    .toContain(tag);
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
    .poll(
      async () => {
        await senior.getByRole('button', { name: 'Check for changes' }).click();
        return senior.getByTestId('signoff-state').textContent();
      },
      { timeout: 10_000 },
    )
    .toMatch(/needs to be signed off again/);

  // The preview shows the typed markup as text, escaped.
  const preview = await (await facilitator.request.get(`/api/assessments/${assessmentId}/report/preview`)).text();
  expect(preview).toContain(`${tag} &lt;script&gt;alert(1)&lt;/script&gt; {{7*7}}`);

  // A download with progress, and a redacted export that names no facilitator.
  const download = facilitator.waitForEvent('download');
  await facilitator.getByRole('button', { name: 'Report (DOCX)', exact: true }).click();
  const file = await (await download).path();
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
  // The summary's chart is in it as a picture.
  const parts = Object.keys((await JSZip.loadAsync(fs.readFileSync(file))).files);
  expect(parts.filter((p) => /^word\/media\/[^/]+\.png$/.test(p))).toHaveLength(1);
  const me = (await (await facilitator.request.get('/api/auth/session')).json()) as { user: { name: string } };
  const redacted = await (
    await facilitator.request.get(`/api/assessments/${assessmentId}/report/preview?redacted=1`)
  ).text();
  expect(redacted).toContain(tag);
  expect(redacted).not.toContain(me.user.name);
});

test('the terms of reference are written together and exported as DOCX', async ({
  scenario,
  facilitator,
  contributor,
}) => {
  const assessmentId = scenario.assessmentId;
  const tag = `tor${crypto.randomBytes(4).toString('hex')}`;
  await Promise.all([
    facilitator.goto(`/assessments/${assessmentId}/terms-of-reference`),
    contributor.goto(`/assessments/${assessmentId}/terms-of-reference`),
  ]);
  await Promise.all([connected(facilitator), connected(contributor)]);
  const field = facilitator.getByRole('textbox', { name: 'Mission objective' });
  await field.click();
  await field.press('ControlOrMeta+End');
  await field.pressSequentially(` ${tag}`);
  await expect(contributor.getByRole('textbox', { name: 'Mission objective' })).toHaveValue(new RegExp(tag));
  await expect
    .poll(
      async () => (await facilitator.request.get(`/api/assessments/${assessmentId}/terms-of-reference.docx`)).status(),
      { timeout: 10_000 },
    )
    .toBe(200);
});

test('a facilitator marks an answer sensitive; senior management see it live; a contributor is never sent it', async ({
  scenario,
  facilitator,
  senior,
  contributor,
}) => {
  const assessmentId = scenario.assessmentId;
  // Whatever the contributor's page asks of the flags API: it must never be given them.
  const flagAnswers: number[] = [];
  contributor.on('response', (res) => {
    if (res.url().includes('/answer-flags')) flagAnswers.push(res.status());
  });
  const open = async (page: Page) => {
    await page.goto(`/assessments/${assessmentId}/checklist/transparency`);
    await connected(page);
    const question = page.locator('#q-transparency\\.3');
    await question.scrollIntoViewIfNeeded();
    return question;
  };
  const [asFacilitator, asSenior, asContributor] = await Promise.all([
    open(facilitator),
    open(senior),
    open(contributor),
  ]);
  const badge = asSenior.getByText('Sensitive', { exact: true });

  const toggle = asFacilitator.getByRole('checkbox', {
    name: 'Sensitive: leave the answer to question 3 out of redacted exports',
  });
  // A retry against the same server may find it marked by the first attempt.
  if (await toggle.isChecked()) {
    await toggle.uncheck();
    await expect(badge).toHaveCount(0);
  }
  // The flag is the server's: the box shows it once saved, so the test waits for that, not for the click.
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(
    asFacilitator.getByRole('status').filter({ hasText: 'The answer to question 3 is now marked sensitive.' }),
  ).toBeAttached();
  // Senior management see it arrive without reloading; it is theirs to see, not to change.
  await expect(badge).toBeVisible();
  await expect(asSenior.getByRole('checkbox', { name: /Sensitive/ })).toHaveCount(0);

  // The contributor's page shows nothing and its server refuses to say or change anything.
  await expect(asContributor.getByText('Sensitive', { exact: true })).toHaveCount(0);
  expect((await contributor.request.get(`/api/assessments/${assessmentId}/answer-flags`)).status()).toBe(403);
  expect(
    (
      await contributor.request.put(`/api/assessments/${assessmentId}/answer-flags`, {
        data: { questionKey: 'transparency.3', flag: 'sensitive' },
      })
    ).status(),
  ).toBe(403);
  expect((await contributor.request.get(`/api/assessments/${assessmentId}/checklist`)).ok()).toBe(true);
  expect(await (await contributor.request.get(`/api/assessments/${assessmentId}/checklist`)).text()).not.toMatch(
    /"sensitive"|withheld/,
  );
  expect(flagAnswers.filter((s) => s === 200)).toEqual([]);

  // Cleared: it goes from senior management's page too, and stays cleared after a reload.
  await toggle.uncheck();
  await expect(badge).toHaveCount(0);
  await facilitator.reload();
  const again = (await open(facilitator)).getByRole('checkbox', {
    name: 'Sensitive: leave the answer to question 3 out of redacted exports',
  });
  await expect(again).not.toBeChecked();
});

test('the report page’s preview frame shows the report, and only the app itself may frame it', async ({
  scenario,
  facilitator,
}) => {
  const assessmentId = scenario.assessmentId;
  await facilitator.goto(`/assessments/${assessmentId}/report`);
  const frame = facilitator.frameLocator('iframe[title="Report preview"]');
  await expect(
    frame.getByRole('heading', { level: 1, name: 'Integrity assessment report', exact: true }),
  ).toBeVisible();
  // Decision-makers read the summary first: every area's evaluations as a chart, its numbers beside it.
  await expect(frame.getByRole('heading', { level: 1 }).nth(1)).toHaveText('Executive summary');
  await expect(frame.getByRole('img', { name: /^Figure 1\. Evaluations of the checklist questions/ })).toBeVisible();
  await expect(frame.getByRole('columnheader', { name: 'Not evaluated yet' })).toBeVisible();

  // Framing is for the app's own pages: every policy on the way says so, none forbids it.
  for (const path of [`/assessments/${assessmentId}/report`, `/api/assessments/${assessmentId}/report/preview`]) {
    const headers = (await facilitator.request.get(path)).headersArray();
    const policies = headers.filter((h) => h.name.toLowerCase() === 'content-security-policy').map((h) => h.value);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) expect(policy).toMatch(/frame-ancestors 'self'(;|$)/);
    expect(headers.filter((h) => h.name.toLowerCase() === 'x-frame-options').map((h) => h.value.toUpperCase())).toEqual(
      ['SAMEORIGIN'],
    );
  }
});
