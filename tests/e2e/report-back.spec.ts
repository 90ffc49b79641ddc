import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { proposeActivity } from './fixtures';
import { LiveRoom } from './pages/live-room';
import { expect, test } from './scenario';

// A rapporteur writes a finding with a citation in her group's live findings; the facilitator
// sees her add to its text live at the report-back, and marks it disputed with a comment; the
// outcome survives a reload; the rapporteur presents it and another group's member is taken to it
// and sees it.

const connected = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

/** Where a page is, query and fragment included. */
function locationOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}${url.hash}`;
}

test('a finding is written, disputed at the report-back, and everyone sees the outcome', async ({
  scenario,
  contributor: ana,
  facilitator,
  contributor2: ben,
}) => {
  const { assessmentId } = scenario;
  const groupA = scenario.groups['Group A']!;
  const text = `Rotate-${crypto.randomBytes(4).toString('hex')}`;
  const remark = `Too vague-${crypto.randomBytes(3).toString('hex')}`;

  // Ana, Group A's rapporteur, adds a proposed activity and cites a question of her group's areas.
  await ana.goto(`/assessments/${assessmentId}/groups/${groupA}`);
  await connected(ana);
  const { cited, item: mine } = await proposeActivity(ana, text);
  const link = mine.getByRole('list', { name: 'Cited questions' }).locator(`a[data-question-key="${cited}"]`);
  await expect(link).toHaveAttribute(
    'href',
    `/assessments/${assessmentId}/checklist/${cited.split('.')[0]}#q-${cited}`,
  );

  // The facilitator finds it at the report-back, with its citation, and disputes it with a comment.
  await facilitator.goto(`/assessments/${assessmentId}/report-back?group=${groupA}`);
  await connected(facilitator);
  const finding = facilitator.locator('li[id^="finding-"]').filter({ hasText: text });
  await expect(finding).toBeVisible();
  await expect(finding.locator(`a[data-question-key="${cited}"]`)).toBeVisible();

  // Its text is read live: Ana adds to it, in bold, and the facilitator's read-only copy follows.
  const more = `weekly-${crypto.randomBytes(3).toString('hex')}`;
  await mine.getByRole('textbox', { name: /Text of proposed activity/ }).click();
  await ana.keyboard.press('ControlOrMeta+End');
  await ana.keyboard.press('ControlOrMeta+b');
  await ana.keyboard.type(` ${more}`);
  const shown = finding.getByRole('textbox', { name: /Text of proposed activity/ });
  await expect(shown).toHaveAttribute('aria-readonly', 'true');
  await expect(shown).toHaveText(`${text} ${more}`);
  await expect(shown.locator('strong')).toHaveText(more);
  await finding.getByRole('button', { name: 'Disputed' }).click();
  await expect(finding.getByRole('button', { name: 'Disputed' })).toHaveAttribute('aria-pressed', 'true');
  await expect(finding.getByTestId('outcome-badge')).toHaveText(/Disputed/);
  await finding.getByLabel(/Comment on proposed activity/).fill(remark);
  await finding.getByRole('button', { name: 'Post comment' }).click();
  await expect(finding.getByRole('listitem').filter({ hasText: remark })).toBeVisible();

  // The anchor a presenter sends everyone to.
  const findingId = (await finding.getAttribute('id'))!.slice('finding-'.length);

  await facilitator.reload();
  await connected(facilitator);
  const again = facilitator.locator(`#finding-${findingId}`);
  await expect(again.getByTestId('outcome-badge')).toHaveText(/Disputed/);
  await expect(again.getByText(remark)).toBeVisible();

  // The facilitator spotlights Group A, so that Ana, its rapporteur, may present to everyone.
  const console = await new LiveRoom(facilitator).console();
  await console.getByLabel('Spotlight a group').selectOption({ label: 'Group A' });
  await console.getByRole('button', { name: 'Set spotlight' }).click();
  await expect(console.getByText(/Spotlight: Group A; .* may present/)).toBeVisible();

  // Ben, of Group B, is elsewhere in the assessment; Ana presents her finding from the report-back.
  await new LiveRoom(ben).open(`/assessments/${assessmentId}`);
  await ana.goto(`/assessments/${assessmentId}/report-back?group=${groupA}`);
  await connected(ana);
  const present = ana.locator(`#finding-${findingId}`).getByRole('button', { name: 'Present to everyone' });
  await present.click();

  // Ben's page is taken to the finding: scrolled to and highlighted, with its outcome and comment.
  const presented = `/assessments/${assessmentId}/report-back?group=${groupA}#finding-${findingId}`;
  await expect.poll(() => locationOf(ben)).toBe(presented);
  const seen = ben.locator(`#finding-${findingId}`);
  await expect(seen).toBeInViewport();
  await expect(seen).toHaveAttribute('aria-current', 'true');
  await expect(seen.getByTestId('outcome-badge')).toHaveText(/Disputed/);
  await expect(seen.getByText(remark)).toBeVisible();
  await expect(seen.getByRole('button', { name: 'Disputed' })).toHaveCount(0);
  await expect(ben.getByTestId('live-follow')).toContainText('Following Ana');

  // The spotlight ends, and with it Ana's presentation.
  const end = await new LiveRoom(facilitator).console();
  await end.getByLabel('Spotlight a group').selectOption({ label: 'No group' });
  await end.getByRole('button', { name: 'Set spotlight' }).click();
  await expect(ben.getByTestId('live-follow')).toHaveCount(0);

  // On Ana's findings page the badge shows beside her finding too.
  await ana.goto(`/assessments/${assessmentId}/groups/${groupA}`);
  await expect(ana.locator(`#finding-${findingId}`).getByTestId('outcome-badge')).toHaveText(/Disputed/);
});

test('the dashboard is for facilitators only', async ({ scenario, facilitator, contributor: ana }) => {
  const { assessmentId } = scenario;
  await facilitator.goto(`/assessments/${assessmentId}/dashboard`);
  await expect(facilitator.getByRole('heading', { name: 'Facilitators’ dashboard' })).toBeVisible();
  await expect(facilitator.getByRole('heading', { name: 'Group A' })).toBeVisible();
  await expect(facilitator.getByRole('status').filter({ hasText: 'Computed at' })).toBeVisible();
  expect((await ana.request.get(`/api/assessments/${assessmentId}/dashboard`)).status()).toBe(403);
  const res = await ana.goto(`/assessments/${assessmentId}/dashboard`);
  expect(res?.status()).toBe(403);
});
