import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The action plan's draft (`/assessments/<id>/plan`): outcomes, objectives and activities, edited live. */
export class ActionPlan {
  constructor(readonly page: Page) {}

  /** Opens the draft and waits until it is connected to the sync server. */
  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/assessments/${assessmentId}/plan`);
    await expect(this.page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  }

  /** Every outcome of the draft, in order. */
  outcomes(): Locator {
    return this.page.locator('li[aria-label^="Outcome "]');
  }

  /** The outcome numbered `n`. */
  outcome(n: number | string): Locator {
    return this.page.locator(`li[aria-label="Outcome ${n}"]`);
  }

  /** The button that adds an outcome (enabled once the draft has synced). */
  addOutcome(): Locator {
    return this.page.getByRole('button', { name: '+ Add outcome' });
  }

  /** A row of the draft by its id. */
  row(id: string): Locator {
    return this.page.locator(`[id="row-${id}"]`);
  }

  /** The id of a row's element (`row-<id>`). */
  async rowId(row: Locator): Promise<string> {
    return (await row.getAttribute('id'))!.slice('row-'.length);
  }

  /** The button that shows the draft as `Forms` or as `Table (Annex 9)`. */
  viewButton(name: 'Forms' | 'Table (Annex 9)'): Locator {
    return this.page.getByRole('group', { name: 'View of the plan' }).getByRole('button', { name });
  }

  /** The draft as the table of Annex 9. */
  table(): Locator {
    return this.page.getByRole('table', { name: /^The action plan as the table of Annex 9/ });
  }

  /** Waits until the server has confirmed everything typed here. */
  async saved(): Promise<void> {
    await expect(this.page.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  }
}
