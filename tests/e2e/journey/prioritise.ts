// Stage 2, prioritisation: the facilitator gathers the agreed proposed activities from the groups'
// findings, opens a rating round on the eight criteria, three members rate from the keyboard, the
// facilitator reveals the results and the plenary agrees each activity's priority.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { type TCast, inLiveRoom } from './cast';

const connected = (page: Page) => expect(page.getByTestId('round-status')).not.toHaveText(/Connecting/);
const candidates = (page: Page) => page.getByRole('list', { name: 'Candidate activities' });

/** Gathers the groups' proposed activities; they arrive on a member's open page with their source questions. */
export async function gather(
  cast: TCast,
  assessmentId: string,
  activities: { title: string; source: string }[],
): Promise<void> {
  const page = `/assessments/${assessmentId}/priorities`;
  await Promise.all([cast.facilitator, cast.rapporteurB].map((p) => p.goto(page)));
  await Promise.all([cast.facilitator, cast.rapporteurB].map(connected));
  await cast.facilitator.getByRole('button', { name: 'Gather from findings' }).click();
  await expect(cast.facilitator.getByRole('status').filter({ hasText: /^2 gathered/ })).toBeVisible();
  for (const a of activities) {
    const item = candidates(cast.rapporteurB).getByRole('listitem').filter({ hasText: a.title });
    await expect(item).toBeVisible();
    // The cited question shows by its area and number (`transparency.1` as "… · Q1"), never by its key.
    await expect(item).toContainText(` · Q${a.source.split('.')[1]}`);
    await expect(item).not.toContainText(a.source);
  }
}

/** Rates one activity's row from the keyboard: focus its first cell, then a level per criterion. */
async function rateRow(page: Page, title: string, levels: string[]): Promise<void> {
  const row = page.getByRole('grid', { name: 'Your ratings' }).getByRole('row', { name: new RegExp(title) });
  await row.getByRole('gridcell').first().focus();
  for (const [i, level] of levels.entries()) {
    await page.keyboard.press(level);
    if (i < levels.length - 1) await page.keyboard.press('ArrowRight');
  }
  await expect(row.getByRole('gridcell').last()).not.toHaveText('Not rated');
}

/**
 * The facilitator opens a round on both activities and all eight criteria; three members, their
 * pages already open, see the grid arrive and rate; the facilitator reveals; the voters see the ranking.
 */
export async function rateAndReveal(cast: TCast, assessmentId: string, top: string, second: string): Promise<void> {
  const voters = [cast.rapporteurA, cast.contributorA, cast.rapporteurB];
  await Promise.all(voters.map((p) => p.goto(`/assessments/${assessmentId}/priorities`)));
  await Promise.all(voters.map(inLiveRoom));
  const { facilitator } = cast;
  for (const title of [top, second]) await facilitator.getByRole('checkbox', { name: title, exact: true }).check();
  await expect(
    facilitator.getByRole('group', { name: 'Criteria' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(8);
  await facilitator.getByRole('button', { name: 'Open the round' }).click();
  await expect(facilitator.getByTestId('round-status')).toHaveText(/0 people have voted/);

  // Eight criteria, in the grid's order: importance, urgency, consequence of failure, commitment,
  // impact, obligations, ease of implementation, cost (high cost counts against).
  await rateRow(cast.rapporteurA, top, ['h', 'h', 'h', 'm', 'h', 'h', 'm', 'l']);
  await rateRow(cast.rapporteurA, second, ['m', 'l', 'm', 'm', 'm', 'l', 'h', 'l']);
  await rateRow(cast.contributorA, top, ['h', 'm', 'h', 'h', 'h', 'm', 'm', 'm']);
  await rateRow(cast.contributorA, second, ['l', 'l', 'm', 'h', 'l', 'l', 'h', 'l']);
  await rateRow(cast.rapporteurB, top, ['h', 'h', 'm', 'm', 'h', 'h', 'l', 'm']);
  await rateRow(cast.rapporteurB, second, ['m', 'm', 'm', 'h', 'm', 'm', 'h', 'l']);
  await expect(facilitator.getByTestId('round-status')).toHaveText(/3 people have voted/);

  await facilitator.getByRole('button', { name: 'Reveal results' }).click();
  for (const page of [facilitator, ...voters]) {
    const ranking = page.getByRole('list', { name: 'Ranked activities' });
    await expect(ranking.getByTestId('ranked-activity').first()).toContainText(top);
    await expect(ranking.getByTestId('ranked-activity').nth(1)).toContainText(second);
  }
}

/** The plenary agrees each activity's priority with its reason; a member sees it on their open page. */
export async function agreePriorities(
  cast: TCast,
  agreed: { title: string; priority: 'high' | 'medium' | 'low'; label: string; reason: string }[],
): Promise<void> {
  const ranking = (page: Page) => page.getByRole('list', { name: 'Ranked activities' });
  for (const a of agreed) {
    const item = ranking(cast.facilitator).getByTestId('ranked-activity').filter({ hasText: a.title });
    await item.getByRole('combobox', { name: 'Agreed priority' }).selectOption(a.priority);
    await item.getByRole('textbox', { name: 'Reason' }).fill(a.reason);
    await item.getByRole('button', { name: 'Save' }).click();
    await expect(item.getByTestId('agreed-priority')).toContainText(`Agreed: ${a.label}`);
    await expect(
      ranking(cast.rapporteurB)
        .getByTestId('ranked-activity')
        .filter({ hasText: a.title })
        .getByTestId('agreed-priority'),
    ).toContainText(`Agreed: ${a.label}`);
  }
  await cast.facilitator.getByRole('button', { name: 'Close the round' }).click();
  await expect(cast.rapporteurA.getByTestId('round-status')).toHaveText(/Closed rating round/);
}
