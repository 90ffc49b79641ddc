import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { addActivity } from './fixtures';
import { Priorities } from './pages/priorities';
import { expect, test } from './scenario';

// WCAG 2.1.1 (keyboard): answering, rating and plan editing with the keyboard alone. The member
// under test never clicks or fills: focus starts on one element (as a screen reader's or a
// Tab's would) and every change after that is a key press through page.keyboard.

/** What has the focus now, by its accessible name or text, to check where Tab went. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? (
          el.getAttribute('aria-label') ??
          (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
          el.textContent ??
          ''
        ).trim()
      : '';
  });

/** Presses Tab until the focused element's name matches, at most `limit` times. */
async function tabTo(page: Page, name: RegExp, limit = 15, key = 'Tab') {
  for (let i = 0; i < limit; i++) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press(key);
  }
  expect(await focusedName(page)).toMatch(name);
}

test('a contributor answers a question and evaluates it with the keyboard alone', async ({
  scenario,
  contributor: ana,
}) => {
  const assessmentId = scenario.assessmentId;
  const tag = `kb-${crypto.randomBytes(3).toString('hex')}`;
  await ana.goto(`/assessments/${assessmentId}/checklist/transparency`);
  await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const question = ana.locator('#q-transparency\\.12');
  await question.scrollIntoViewIfNeeded();
  const answer = question.getByRole('textbox', { name: 'Answer to question 12' });
  await expect(answer).toBeVisible();

  // Into the editor from its formatting toolbar, as Tab from the page above would arrive.
  await question.getByRole('button', { name: 'Bold' }).focus();
  await tabTo(ana, /^Answer to question 12$/);
  await ana.keyboard.press('ControlOrMeta+End');
  await ana.keyboard.type(` ${tag}`);
  await expect(answer).toContainText(tag);

  // Tab leaves the editor (no trap) and reaches the evaluation; arrow keys choose it.
  await ana.keyboard.press('Tab');
  await tabTo(ana, /Evaluation of question 12/, 3);
  await ana.keyboard.press('Home');
  await ana.keyboard.press('ArrowDown');
  await ana.keyboard.press('ArrowDown');
  await expect(question.getByLabel('Evaluation of question 12')).toHaveValue('needs-improvement');

  // Escape also leaves the editor, and the next Tab goes on from where it was.
  await question.getByRole('button', { name: 'Bold' }).focus();
  await tabTo(ana, /^Answer to question 12$/);
  await ana.keyboard.press('Escape');
  expect(await focusedName(ana)).not.toBe('Answer to question 12');
  await ana.keyboard.press('Tab');
  expect(await focusedName(ana)).toMatch(/Evaluation of question 12/);

  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  await ana.reload();
  const again = ana.locator('#q-transparency\\.12');
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByRole('textbox', { name: 'Answer to question 12' })).toContainText(tag);
  await expect(again.getByLabel('Evaluation of question 12')).toHaveValue('needs-improvement');
});

test('a contributor rates an activity in an open round with the keyboard alone', async ({
  scenario,
  facilitator,
  contributor: ana,
}) => {
  const assessmentId = scenario.assessmentId;
  const title = `Keyboard-rated activity ${crypto.randomBytes(3).toString('hex')}`;
  const activityId = await addActivity(facilitator, assessmentId, title);

  // The facilitator opens a rating round on importance and impact over this activity only.
  const priorities = new Priorities(facilitator);
  await priorities.open(assessmentId);
  await priorities.openRound([title], { importanceAndImpact: true });
  await expect(facilitator.getByTestId('round-status')).toHaveText(/Open rating round/);

  await ana.goto(`/assessments/${assessmentId}/priorities`);
  const grid = ana.getByRole('grid', { name: 'Your ratings' });
  await expect(grid).toBeVisible();
  // The grid is one tab stop (its first cell); arrow keys move inside it.
  await ana.getByTestId(`cell-${activityId}-importance`).focus();
  await ana.keyboard.press('3');
  await ana.keyboard.press('ArrowRight');
  await expect(ana.getByTestId(`cell-${activityId}-impact`)).toBeFocused();
  // Enter and Space cycle a cell's value, as a click does.
  await ana.keyboard.press('Enter');
  await expect(ana.getByTestId(`cell-${activityId}-importance`)).toHaveText('High');
  await expect(ana.getByTestId(`cell-${activityId}-impact`)).toHaveText('Low');
  await ana.keyboard.press('Space');
  await expect(ana.getByTestId(`cell-${activityId}-impact`)).toHaveText('Medium');
  await expect(ana.getByRole('status').filter({ hasText: `${title}, Impact: Medium` })).toBeVisible();

  await expect(facilitator.getByTestId('round-status')).toHaveText(/1 person has voted/);
  await priorities.closeRound();
  await expect(facilitator.getByTestId('round-status')).toHaveText(/Closed rating round/);
});

test('a contributor edits the action plan with the keyboard alone', async ({ scenario, contributor: ana }) => {
  const assessmentId = scenario.assessmentId;
  // Letters only: a digit would count as a measurable target for the SMART check.
  const tag = crypto
    .randomBytes(4)
    .toString('hex')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);
  await ana.goto(`/assessments/${assessmentId}/plan`);
  await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  // Enter on "Add outcome" adds one and puts the caret in its text.
  const addOutcome = ana.getByRole('button', { name: '+ Add outcome' });
  // Enabled once the document has synced, so the new outcome is numbered after the existing ones.
  await expect(addOutcome).toBeEnabled();
  await addOutcome.focus();
  await ana.keyboard.press('Enter');
  const title = ana.locator('textarea:focus');
  await expect(title).toHaveAttribute('aria-label', /^Text of outcome \d+$/);
  const number = (await title.getAttribute('aria-label'))!.slice('Text of outcome '.length);
  const outcome = ana.locator(`li[aria-label="Outcome ${number}"]`);
  await expect(outcome.getByRole('textbox', { name: `Text of outcome ${number}` })).toBeFocused();
  await ana.keyboard.type(`Keyboard outcome ${tag}`);

  // Tab on to the row's buttons, then to "Add objective" and Space presses it.
  await tabTo(ana, new RegExp(`^\\+ Add objective to outcome ${number}$`), 10);
  await ana.keyboard.press('Space');
  const objective = outcome.locator('li[aria-label^="Objective "]').first();
  await expect(objective.getByRole('textbox', { name: /^Text of objective/ })).toBeFocused();
  await ana.keyboard.type(`Keyboard objective ${tag}`);

  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  await ana.reload();
  await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expect(ana.getByRole('textbox', { name: `Text of outcome ${number}` })).toHaveValue(`Keyboard outcome ${tag}`);
  await expect(
    ana.locator(`li[aria-label="Outcome ${number}"]`).getByRole('textbox', { name: /^Text of objective/ }),
  ).toHaveValue(`Keyboard objective ${tag}`);
});
