import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { addPlanRow, planTextName } from '../../lib/collab/plan-layout';
import { openDoc } from './fixtures';
import { ActionPlan } from './pages/action-plan';
import { ChecklistArea } from './pages/checklist-area';
import { expect, test } from './scenario';

// Between sessions: a senior manager catches up on what a contributor changed in an area since
// their last visit (the count on the checklist, the change marked with its author), and a
// facilitator views an earlier version of the answer beside the current one and restores it, which
// the contributor, still on the page, sees at once.
const QUESTION = 'transparency.22';
const card = (page: Page) => new ChecklistArea(page).question(QUESTION);

/** Opens the transparency area; returns the answer to question 22. */
async function openArea(page: Page, assessmentId: string) {
  const area = new ChecklistArea(page);
  await area.open(assessmentId, 'transparency');
  return area.answer(QUESTION);
}

/** Types at the end of the answer, waits until the server has it, and leaves the page: a version point. */
async function writeAndLeave(page: Page, assessmentId: string, text: string) {
  const area = new ChecklistArea(page);
  await area.open(assessmentId, 'transparency');
  await area.typeAtEnd(await area.answer(QUESTION), text);
  await area.saved();
  await page.goto(`/assessments/${assessmentId}/checklist`);
}

test('a member catches up on what changed since their last visit, marked by author', async ({
  scenario,
  senior,
  contributor: ana,
}) => {
  const id = scenario.assessmentId;
  // A visit: the first one sets where catching up starts.
  await openArea(senior, id);
  await senior.goto(`/assessments/${id}/checklist`);

  const added = `Declarations checked ${crypto.randomBytes(3).toString('hex')}`;
  await writeAndLeave(ana, id, added);

  await senior.reload();
  const area = senior.getByRole('listitem').filter({ has: senior.getByRole('link', { name: /Transparency/ }) });
  await expect(area.getByText(/[1-9]\d* changed since your last visit/)).toBeVisible();
  await area.getByRole('link', { name: /Transparency/ }).click();

  const summary = senior.getByRole('region', { name: 'Changed since your last visit' });
  await expect(summary.getByRole('listitem').filter({ hasText: 'Question 22' })).toContainText(
    'answer) by Ana Contributor',
  );
  await card(senior).scrollIntoViewIfNeeded();
  await expect(card(senior).getByText('Changed by Ana Contributor since your last visit')).toBeVisible();
  await card(senior).getByRole('button', { name: 'Show changes' }).click();
  const changes = card(senior).getByRole('group', { name: /Changes to the answer to question 22/ });
  await expect(changes.locator('ins', { hasText: added })).toHaveAttribute('title', 'added by Ana Contributor');
  await expect(changes).toContainText('Ana Contributor');
  await senior.screenshot({ path: test.info().outputPath('catch-up.png'), fullPage: false });

  await summary.getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(summary).toContainText('Marked as seen');
  await expect(card(senior).getByText('Changed by Ana Contributor since your last visit')).toBeHidden();
  await senior.reload();
  await expect(senior.getByRole('region', { name: 'Changed since your last visit' })).toContainText(
    'Nothing has changed since your last visit',
  );
});

test('an earlier version is viewed beside the current one and restored live to the others', async ({
  scenario,
  facilitator,
  contributor: ana,
}) => {
  const id = scenario.assessmentId;
  const kept = `Rotation agreed ${crypto.randomBytes(3).toString('hex')}`;
  const later = `Then withdrawn ${crypto.randomBytes(3).toString('hex')}`;
  await writeAndLeave(ana, id, kept);
  await writeAndLeave(ana, id, later);
  // Ana stays on the answer while the facilitator restores.
  const anaAnswer = await openArea(ana, id);
  await expect(anaAnswer).toContainText(later);

  await openArea(facilitator, id);
  await card(facilitator).getByRole('button', { name: 'History' }).click();
  const history = card(facilitator).getByRole('region', { name: 'History of the answer to question 22' });
  const anaVersions = history.getByRole('listitem').filter({ hasText: 'Ana Contributor' });
  await expect(anaVersions.nth(1)).toBeVisible();
  // Newest first: the second of Ana's versions is the one before `later`.
  await anaVersions.nth(1).getByRole('button', { name: /View/ }).click();
  const then = history.getByRole('group', { name: /This version/ });
  const now = history.getByRole('group', { name: 'Now, with changes since' });
  await expect(then).toContainText(kept);
  await expect(then).not.toContainText(later);
  await expect(now.locator('ins', { hasText: later })).toHaveAttribute('title', 'added by Ana Contributor');
  await facilitator.screenshot({ path: test.info().outputPath('history.png'), fullPage: false });

  await history.getByRole('button', { name: 'Restore this version' }).click();
  await history.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await expect(history.getByRole('status')).toHaveText(/Version restored/);
  // Live, without a reload, in Ana's editor.
  await expect(anaAnswer).not.toContainText(later);
  await expect(anaAnswer).toContainText(kept);
  await expect(history.getByRole('listitem').first()).toContainText('Fatima External (restored an earlier version)');
});

test('an observer reads the history but is not offered a restore', async ({ scenario, observer, contributor: ana }) => {
  const id = scenario.assessmentId;
  await writeAndLeave(ana, id, `Seen by observers ${crypto.randomBytes(3).toString('hex')}`);
  await openArea(observer, id);
  await card(observer).getByRole('button', { name: 'History' }).click();
  const history = card(observer).getByRole('region', { name: 'History of the answer to question 22' });
  const first = history.getByRole('listitem').first();
  await expect(first).toBeVisible();
  await first.getByRole('button', { name: /View/ }).click();
  await expect(history.getByRole('group', { name: 'Now, with changes since' })).toBeVisible();
  await expect(history.getByRole('button', { name: 'Restore this version' })).toHaveCount(0);
  const res = await observer.request.post(`/api/assessments/${id}/questions/${QUESTION}/history/1/restore`, {
    headers: { 'Content-Type': 'application/json' },
  });
  expect(res.status()).toBe(403);
});

test('the plan draft says which rows others changed since my last visit, and who', async ({
  scenario,
  senior,
  facilitator,
  baseURL,
}) => {
  const id = scenario.assessmentId;
  await senior.goto(`/assessments/${id}/plan`);
  await expect(senior.getByRole('heading', { name: 'Integrity action plan', exact: true })).toBeVisible();
  // Before this step: the facilitator adds an outcome to the draft, live, as their browser would.
  const title = `Gifts register online ${crypto.randomBytes(3).toString('hex')}`;
  const rowId = `r${crypto.randomBytes(6).toString('hex')}`;
  const plan = await openDoc(facilitator, baseURL!, `assessment.${id}.plan`);
  addPlanRow(plan.doc, { id: rowId, kind: 'outcome', parentId: null, title }, { id: 'x', name: 'x' });
  await plan.close();

  await senior.reload();
  const summary = senior.getByRole('region', { name: 'Changed since your last visit' });
  const item = summary.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText('by Fatima External');
  await expect(item.getByRole('link', { name: title })).toHaveAttribute('href', `#row-${rowId}`);
  await summary.getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(summary).toContainText('Marked as seen');
  await senior.reload();
  await expect(senior.getByRole('region', { name: 'Changed since your last visit' })).not.toContainText(title);
});

test('a plan field’s earlier version is restored from the row’s history', async ({
  scenario,
  facilitator,
  baseURL,
}) => {
  const id = scenario.assessmentId;
  const tag = crypto.randomBytes(3).toString('hex');
  const rowId = `r${crypto.randomBytes(6).toString('hex')}`;
  // Before this step: an outcome titled, then retitled in a later session, as browsers would.
  const first = await openDoc(facilitator, baseURL!, `assessment.${id}.plan`);
  addPlanRow(
    first.doc,
    { id: rowId, kind: 'outcome', parentId: null, title: `Open tenders ${tag}` },
    { id: 'x', name: 'x' },
  );
  await first.close();
  const second = await openDoc(facilitator, baseURL!, `assessment.${id}.plan`);
  const title = second.doc.getText(planTextName(rowId, 'title'));
  title.delete(0, title.length);
  title.insert(0, `Closed tenders ${tag}`);
  await second.close();

  await facilitator.goto(`/assessments/${id}/plan`);
  const row = new ActionPlan(facilitator).row(rowId);
  const field = row.getByRole('textbox', { name: /^Text of outcome/ }).first();
  await expect(field).toHaveValue(`Closed tenders ${tag}`);
  await row.getByRole('button', { name: 'History' }).first().click();
  const history = row.getByRole('region', { name: /^History: Text of outcome/ });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await history.getByRole('listitem').nth(1).getByRole('button', { name: /View/ }).click();
  await expect(history.getByRole('group', { name: /This version/ })).toContainText(`Open tenders ${tag}`);
  await expect(history.getByRole('group', { name: 'Now, with changes since' }).locator('del')).toContainText('Open');
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await history.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
  await expect(history.getByRole('status')).toHaveText(/Version restored/);
  await expect(field).toHaveValue(`Open tenders ${tag}`);
});
