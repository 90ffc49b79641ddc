import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The live room as one member sees it: the strip (who is online, timer, follow-me) and the facilitator console. */
export class LiveRoom {
  constructor(readonly page: Page) {}

  /** Opens a page of the assessment and waits until it has joined the live room. */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.online()).toContainText('online');
  }

  /** The strip's "online" button, which opens the list of who is where. */
  online(): Locator {
    return this.page.getByTestId('live-online');
  }

  /** The facilitator console, opened if it is folded. */
  async console(): Promise<Locator> {
    const toggle = this.page.getByRole('button', { name: 'Facilitator console' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return this.page.getByRole('region', { name: 'Facilitator console' });
  }

  /** Presses a button of the facilitator console. */
  async command(name: string | RegExp): Promise<void> {
    await (await this.console()).getByRole('button', { name }).click();
  }

  /** Starts the shared timer from the console. */
  async startTimer(minutes: number, label: string): Promise<void> {
    const console = await this.console();
    await console.getByLabel('Minutes').fill(String(minutes));
    await console.getByLabel('Label').fill(label);
    await console.getByRole('button', { name: /Start timer|Restart timer/ }).click();
  }

  /** The shared timer in the strip. */
  timer(): Locator {
    return this.page.getByTestId('live-timer');
  }

  /** The seconds the timer shows as left. */
  async timerSeconds(): Promise<number> {
    const text = (await this.page.getByTestId('live-timer-value').textContent()) ?? '';
    const [m, s] = text.split(':').map(Number);
    return m! * 60 + s!;
  }

  /** The follow-me notice of a participant. */
  follow(): Locator {
    return this.page.getByTestId('live-follow');
  }
}
