import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** What a question is called on its card: `transparency.20` → "20", an added `transparency.a1` → "A1". */
const questionLabel = (key: string) => key.split('.')[1]!.toUpperCase();

/**
 * An area of the live checklist (`/assessments/<id>/checklist/<area>`) as one member sees it:
 * its question cards, their editors and evaluations, and the sync status.
 */
export class ChecklistArea {
  constructor(readonly page: Page) {}

  /** Opens the area and waits until the page says it is `status` (connected to the sync server, or offline). */
  async open(assessmentId: string, area: string, status: 'Connected' | 'Offline' = 'Connected'): Promise<void> {
    await this.page.goto(`/assessments/${assessmentId}/checklist/${area}`);
    await this.expectStatus(status);
  }

  /** Waits until the connection status reads `status`. */
  async expectStatus(status: 'Connected' | 'Offline'): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: status })).toBeVisible();
  }

  /** The card of the question `key` (`transparency.20`). */
  question(key: string): Locator {
    return this.page.locator(`[id="q-${key}"]`);
  }

  /** The answer editor of question `key`, scrolled to: editors are created as their question nears the viewport. */
  async answer(key: string): Promise<Locator> {
    await this.question(key).scrollIntoViewIfNeeded();
    const answer = this.question(key).getByRole('textbox', { name: `Answer to question ${questionLabel(key)}` });
    await expect(answer).toBeVisible();
    return answer;
  }

  /** The evaluation select of question `key`. */
  evaluation(key: string): Locator {
    return this.question(key).getByLabel(`Evaluation of question ${questionLabel(key)}`);
  }

  /** Types ` text` at the end of an answer editor, as a member adding to it would. */
  async typeAtEnd(answer: Locator, text: string): Promise<void> {
    await answer.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(` ${text}`);
  }

  /** How much of this page's editing the server has not yet confirmed. */
  unsynced(): Locator {
    return this.page.getByTestId('unsynced-changes');
  }

  /** Waits until the server has confirmed everything typed here. */
  async saved(): Promise<void> {
    await expect(this.unsynced()).toHaveText('All changes saved');
  }
}
