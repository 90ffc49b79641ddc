import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The new-assessment form (`/assessments/new`). */
export class NewAssessment {
  constructor(readonly page: Page) {}

  /** Opens the form. */
  async open(): Promise<void> {
    await this.page.goto('/assessments/new');
    await expect(this.page.getByRole('heading', { name: 'New integrity assessment' })).toBeVisible();
  }

  /** Fills in who and what is assessed. */
  async describe(fields: { title: string; administration: string; country: string }): Promise<void> {
    await this.page.getByLabel('Title').fill(fields.title);
    await this.page.getByLabel('Customs administration').fill(fields.administration);
    await this.page.getByLabel('Country').fill(fields.country);
  }

  /** Chooses the mode by its number in Annex 4. */
  async chooseMode(mode: 1 | 2 | 3): Promise<void> {
    await this.page.getByLabel('Mode (Annex 4)').selectOption({ value: String(mode) });
  }

  /** Sets step 1's expected duration. */
  async expectDuration(min: number, max: number, unit: 'weeks' | 'months'): Promise<void> {
    await this.page.getByLabel('From').fill(String(min));
    await this.page.getByLabel('To', { exact: true }).fill(String(max));
    await this.page.getByLabel('Unit').selectOption(unit);
  }

  /** Creates the assessment and waits for its overview; returns its id. */
  async create(): Promise<string> {
    await this.page.getByRole('button', { name: 'Create assessment' }).click();
    await this.page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    return this.page.url().split('/').at(-1)!;
  }
}
