// Stage 1, report-back: the facilitator spotlights each group in turn, its rapporteur presents
// the group's proposed activity to everyone, and the plenary records what it agrees and disputes.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { type TCast, connected, openConsole } from './cast';

/** Where a page is, query and fragment included. */
function locationOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}${url.hash}`;
}

async function spotlight(facilitator: Page, group: string): Promise<void> {
  const console = await openConsole(facilitator);
  await console.getByLabel('Spotlight a group').selectOption({ label: group });
  await console.getByRole('button', { name: 'Set spotlight' }).click();
}

/**
 * One group's report-back: spotlight, the rapporteur presents the proposed activity, everyone
 * else is taken to it; the facilitator marks it agreed and a second finding as `other`; the
 * others see both outcomes.
 */
export async function presentGroup(
  cast: TCast,
  assessmentId: string,
  group: { name: string; rapporteur: Page; rapporteurName: string },
  findings: { activity: string; other: string; otherOutcome: 'Disputed' | 'Agreed' },
): Promise<void> {
  const { facilitator } = cast;
  await spotlight(facilitator, group.name);
  const { rapporteur } = group;
  await expect(rapporteur.getByText(`Report-back: ${group.name}`)).toBeVisible();

  await rapporteur
    .getByRole('navigation', { name: 'Groups', exact: true })
    .getByRole('link', { name: group.name })
    .click();
  await connected(rapporteur);
  const finding = rapporteur.locator('li[id^="finding-"]').filter({ hasText: findings.activity });
  await finding.getByRole('button', { name: 'Present to everyone' }).click();
  const findingId = (await finding.getAttribute('id'))!.slice('finding-'.length);

  const others = Object.values(cast).filter((p) => p !== rapporteur);
  for (const page of others) {
    await expect
      .poll(() => locationOf(page))
      .toMatch(new RegExp(`/assessments/${assessmentId}/report-back\\?group=[^#]+#finding-${findingId}$`));
    const seen = page.locator(`#finding-${findingId}`);
    await expect(seen).toHaveAttribute('aria-current', 'true');
    await expect(seen).toBeInViewport();
  }
  await expect(cast.observer.getByTestId('live-follow')).toContainText(`Following ${group.rapporteurName}`);

  // The plenary agrees: the facilitator records it, on everyone's screen.
  const onFacilitator = facilitator.locator(`#finding-${findingId}`);
  await onFacilitator.getByRole('button', { name: 'Agreed' }).click();
  await expect(onFacilitator.getByRole('button', { name: 'Agreed' })).toHaveAttribute('aria-pressed', 'true');
  const other = facilitator.locator('li[id^="finding-"]').filter({ hasText: findings.other });
  await other.getByRole('button', { name: findings.otherOutcome }).click();
  for (const page of [rapporteur, cast.observer, cast.senior]) {
    await expect(page.locator(`#finding-${findingId}`).getByTestId('outcome-badge')).toHaveText(/Agreed/);
    await expect(
      page.locator('li[id^="finding-"]').filter({ hasText: findings.other }).getByTestId('outcome-badge'),
    ).toHaveText(new RegExp(findings.otherOutcome));
  }
}

/** The spotlight ends: the rapporteur's presentation with it, and nobody follows anyone. */
export async function endReportBack(cast: TCast): Promise<void> {
  await spotlight(cast.facilitator, 'No group');
  for (const page of [cast.observer, cast.senior, cast.contributorA])
    await expect(page.getByTestId('live-follow')).toHaveCount(0);
}
