// The people of the journey test, each in their own browser context, and the waits every stage
// shares. Only the accounts exist before the test; everything after sign-in is done in the browser.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Everyone in the journey's working group, by the part they play. */
export type TCast = {
  /** Fatima, external facilitator: creates the assessment and runs the sessions. */
  facilitator: Page;
  /** Ana, internal contributor, rapporteur of Group A. */
  rapporteurA: Page;
  /** Tomás, external contributor in Group A. */
  contributorA: Page;
  /** Ben, internal contributor, rapporteur of Group B. */
  rapporteurB: Page;
  /** A second internal contributor, in Group B (an account of this test). */
  contributorB: Page;
  /** Sara, senior management: approves the plan. */
  senior: Page;
  /** Olga, observer: follows, writes nothing. */
  observer: Page;
};

/** The journey's two areas: Group A answers Transparency, Group B the Code of Conduct. */
export const AREA_A = { id: 'transparency', name: 'Key factor 3: Transparency' } as const;
export const AREA_B = { id: 'code-of-conduct', name: 'Key factor 7: Code of Conduct' } as const;

/** Waits until a page with live documents is connected to the sync server. */
export const connected = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Connected' }).first()).toBeVisible();

/** Waits until a page has joined the live room. */
export const inLiveRoom = (page: Page) => expect(page.getByTestId('live-online')).toContainText('online');

/** Waits until every change typed on a page is confirmed by the server. */
export const saved = (page: Page) => expect(page.getByTestId('unsynced-changes')).toHaveText('All changes saved');

/** Opens the facilitator console on the current page (it is folded by default). */
export async function openConsole(page: Page) {
  const toggle = page.getByRole('button', { name: 'Facilitator console' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('region', { name: 'Facilitator console' });
}
