import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { demoAssessmentId, expect, test } from './fixtures';

// The live checklist of an area: two members of Group A (which holds Transparency) answer the same
// question together, the answer and its evaluation survive a reload, and an observer and a member
// of another group follow without being able to write.
const QUESTION = 'transparency.20';

/** Opens the transparency area and waits until the page is connected to the sync server. */
async function openArea(page: Page, assessmentId: string) {
  await page.goto(`/assessments/${assessmentId}/checklist/transparency`);
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const question = page.locator(`#q-${QUESTION.replace('.', '\\.')}`);
  // Editors are created as their question nears the viewport.
  await question.scrollIntoViewIfNeeded();
  const answer = question.getByRole('textbox', { name: 'Answer to question 20' });
  await expect(answer).toBeVisible();
  return { question, answer };
}

test('two contributors write one answer together and see each other', async ({
  contributor: ana,
  externalContributor: ben,
}) => {
  const id = await demoAssessmentId(ana);
  const a = await openArea(ana, id);
  const b = await openArea(ben, id);
  const fromAna = `Ana-${crypto.randomBytes(3).toString('hex')}`;
  const fromBen = `Ben-${crypto.randomBytes(3).toString('hex')}`;

  await a.answer.click();
  await ana.keyboard.press('ControlOrMeta+End');
  await ana.keyboard.type(` ${fromAna}`);
  await expect(b.answer).toContainText(fromAna);

  await b.answer.click();
  await ben.keyboard.press('ControlOrMeta+End');
  await ben.keyboard.type(` ${fromBen}`);
  await expect(a.answer).toContainText(fromBen);
  await expect(b.answer).toContainText(fromAna);

  // Tomás's caret, with his name, in Ana's editor; and his initials on the question.
  await expect(a.question.locator('.collaboration-carets__label', { hasText: 'Tomás Trader' })).toBeVisible();
  await expect(a.question.getByRole('list', { name: /Also here: Tomás Trader/ })).toBeVisible();

  // Who edited last, and the evaluation, reach the other side.
  await expect(a.question.getByText(/Edited by (you|Tomás Trader)/)).toBeVisible();
  await a.question.getByLabel('Evaluation of question 20').selectOption('needs-improvement');
  await expect(b.question.getByLabel('Evaluation of question 20')).toHaveValue('needs-improvement');
  await expect(b.question.getByText('Edited by Ana Contributor')).toBeVisible();
  await expect(b.question.getByText('✓ Answered')).toBeVisible();

  // Nothing left unconfirmed by the server, then a reload brings both back from it.
  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  await ana.reload();
  const again = await openArea(ana, id);
  await expect(again.answer).toContainText(fromAna);
  await expect(again.answer).toContainText(fromBen);
  await expect(again.question.getByLabel('Evaluation of question 20')).toHaveValue('needs-improvement');

  // The filter: Ana edited question 20 last, so it is among hers.
  await ana.getByRole('radio', { name: /Last edited by me/ }).check();
  await expect(again.question).toBeVisible();
  await expect(ana.locator('#q-transparency\\.1')).toBeHidden();
});

test('edits made offline reach the others on reconnect', async ({ contributor: ana, externalContributor: ben }) => {
  const id = await demoAssessmentId(ana);
  const a = await openArea(ana, id);
  const b = await openArea(ben, id);
  const offline = `Offline-${crypto.randomBytes(3).toString('hex')}`;

  await ana.context().setOffline(true);
  await expect(ana.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await a.answer.click();
  await ana.keyboard.press('ControlOrMeta+End');
  await ana.keyboard.type(` ${offline}`);
  await expect(ana.getByTestId('unsynced-changes')).toContainText('not yet on the server');

  await ana.context().setOffline(false);
  await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expect(b.answer).toContainText(offline);
  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');
});

test('a contributor of another group reads the area live but cannot write it', async ({
  contributor: ana,
  contributor2: ben,
}) => {
  const id = await demoAssessmentId(ana);
  const a = await openArea(ana, id);
  const b = await openArea(ben, id);
  const marker = `GroupA-${crypto.randomBytes(3).toString('hex')}`;
  await a.answer.click();
  await ana.keyboard.press('ControlOrMeta+End');
  await ana.keyboard.type(` ${marker}`);
  await expect(b.answer).toContainText(marker);
  await expect(b.answer).toHaveAttribute('contenteditable', 'false');
  await expect(ben.getByText('Read only', { exact: false }).first()).toBeVisible();
});

test('an observer reads live but cannot write', async ({ contributor: ana, observer }) => {
  const id = await demoAssessmentId(ana);
  const a = await openArea(ana, id);
  const o = await openArea(observer, id);
  const marker = `Live-${crypto.randomBytes(3).toString('hex')}`;

  await a.answer.click();
  await ana.keyboard.press('ControlOrMeta+End');
  await ana.keyboard.type(` ${marker}`);
  await expect(o.answer).toContainText(marker);

  await expect(observer.getByText('Read only: you can follow the answers live', { exact: false })).toBeVisible();
  await expect(o.answer).toHaveAttribute('contenteditable', 'false');
  await expect(o.question.getByLabel('Evaluation of question 20')).toBeDisabled();
  await expect(o.question.getByRole('toolbar')).toHaveCount(0);

  const attempt = `Observer-${crypto.randomBytes(3).toString('hex')}`;
  await o.answer.click();
  await observer.keyboard.type(attempt);
  await expect(o.answer).not.toContainText(attempt);

  // Ana writes after the attempt; once that reaches the observer, the attempt would have too.
  const after = `After-${crypto.randomBytes(3).toString('hex')}`;
  await ana.keyboard.type(` ${after}`);
  await expect(o.answer).toContainText(after);
  await expect(a.answer).not.toContainText(attempt);
  await ana.reload();
  const again = await openArea(ana, id);
  await expect(again.answer).toContainText(after);
  await expect(again.answer).not.toContainText(attempt);
});
