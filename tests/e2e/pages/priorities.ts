import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The rating criteria a facilitator unticks to rate on importance and impact alone. */
const OTHER_CRITERIA = [
  'Urgency',
  'Consequence of failure',
  'Probability of obtaining executive and employee commitment',
  'National/international obligations',
  'Ease of implementation',
  'Cost',
];

/** The priorities page (`/assessments/<id>/priorities`): candidate activities, rating rounds, the ranking. */
export class Priorities {
  constructor(readonly page: Page) {}

  /** Opens the page and waits until its round status has connected. */
  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/assessments/${assessmentId}/priorities`);
    await expect(this.roundStatus()).not.toHaveText(/Connecting/);
  }

  /** The line that says whether a round is open, how many voted and whether results show. */
  roundStatus(): Locator {
    return this.page.getByTestId('round-status');
  }

  /** The list of candidate activities. */
  candidates(): Locator {
    return this.page.getByRole('list', { name: 'Candidate activities' });
  }

  /** Adds a candidate activity through the page's form. */
  async addActivity(title: string): Promise<void> {
    await this.page.getByLabel('New activity').fill(title);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }

  /**
   * As a facilitator on the open page, opens a rating round over the activities titled `titles`;
   * `importanceAndImpact` rates on those two criteria alone.
   */
  async openRound(titles: string[], options: { importanceAndImpact?: boolean } = {}): Promise<void> {
    for (const title of titles) await this.page.getByRole('checkbox', { name: title, exact: true }).check();
    if (options.importanceAndImpact) {
      for (const name of OTHER_CRITERIA) await this.page.getByRole('checkbox', { name, exact: true }).uncheck();
    }
    await this.page.getByRole('button', { name: 'Open the round' }).click();
  }

  /** Closes the open round. */
  async closeRound(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close the round' }).click();
  }

  /** A member's rating grid. */
  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Your ratings' });
  }

  /** The grid's cell of one activity and criterion (`importance`, `impact`). */
  cell(activityId: string, criterion: string): Locator {
    return this.page.getByTestId(`cell-${activityId}-${criterion}`);
  }

  /** Rates from the keyboard alone: `first` gets focus, then arrows and number or letter keys. */
  async rate(first: Locator, keys: string[]): Promise<void> {
    await first.focus();
    for (const key of keys) await this.page.keyboard.press(key);
  }
}
