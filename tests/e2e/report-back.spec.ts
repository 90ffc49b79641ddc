import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { demoAssessmentId, expect, test } from './fixtures';

// A rapporteur writes a finding with a citation in her group's live findings; the facilitator
// marks it disputed with a comment at the report-back; the outcome survives a reload and
// another group's member sees it.

type TGroups = { groups: { id: string; name: string }[] };

async function demoIds(page: Page): Promise<{ assessmentId: string; groupA: string }> {
  const assessmentId = await demoAssessmentId(page);
  const groups = (await (await page.request.get(`/api/assessments/${assessmentId}/groups`)).json()) as TGroups;
  const groupA = groups.groups.find((g) => g.name === 'Group A');
  if (!groupA) throw new Error('the demo has no Group A');
  return { assessmentId, groupA: groupA.id };
}

const connected = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();

test('a finding is written, disputed at the report-back, and everyone sees the outcome', async ({ contributor: ana, facilitator, contributor2: ben }) => {
  const { assessmentId, groupA } = await demoIds(ana);
  const text = `Rotate-${crypto.randomBytes(4).toString('hex')}`;
  const remark = `Too vague-${crypto.randomBytes(3).toString('hex')}`;

  // Ana, Group A's rapporteur, adds a proposed activity and cites a question of her group's areas.
  await ana.goto(`/assessments/${assessmentId}/groups/${groupA}`);
  await connected(ana);
  const activities = ana.getByRole('region', { name: /Proposed activities/ });
  const before = await activities.locator('ol > li').count();
  await activities.getByRole('button', { name: '+ Add proposed activity' }).click();
  await expect(activities.locator('ol > li')).toHaveCount(before + 1);
  const mine = activities.locator('ol > li').last();
  await mine.getByRole('textbox', { name: /Text of proposed activity/ }).click();
  await ana.keyboard.type(text);
  const question = mine.getByLabel('Question to cite');
  await question.selectOption({ index: 1 });
  const cited = await question.inputValue();
  await mine.getByRole('button', { name: 'Cite' }).click();
  const link = mine.getByRole('list', { name: 'Cited questions' }).getByRole('link', { name: cited });
  await expect(link).toHaveAttribute('href', `/assessments/${assessmentId}/checklist/${cited.split('.')[0]}#q-${cited}`);
  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');

  // The facilitator finds it at the report-back, with its citation, and disputes it with a comment.
  await facilitator.goto(`/assessments/${assessmentId}/report-back?group=${groupA}`);
  await connected(facilitator);
  const finding = facilitator.locator('li[id^="finding-"]').filter({ hasText: text });
  await expect(finding).toBeVisible();
  await expect(finding.getByRole('link', { name: cited })).toBeVisible();
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

  // Ben, of Group B, follows the link and sees the outcome, highlighted where it was sent.
  await ben.goto(`/assessments/${assessmentId}/report-back?group=${groupA}#finding-${findingId}`);
  const seen = ben.locator(`#finding-${findingId}`);
  await expect(seen.getByTestId('outcome-badge')).toHaveText(/Disputed/);
  await expect(seen).toHaveAttribute('aria-current', 'true');
  await expect(seen.getByText(remark)).toBeVisible();
  await expect(seen.getByRole('button', { name: 'Disputed' })).toHaveCount(0);

  // Back on Ana's findings page the badge shows beside her finding too.
  await ana.reload();
  await expect(ana.locator(`#finding-${findingId}`).getByTestId('outcome-badge')).toHaveText(/Disputed/);
});

test('the dashboard is for facilitators only', async ({ facilitator, contributor: ana }) => {
  const { assessmentId } = await demoIds(facilitator);
  await facilitator.goto(`/assessments/${assessmentId}/dashboard`);
  await expect(facilitator.getByRole('heading', { name: 'Facilitators’ dashboard' })).toBeVisible();
  await expect(facilitator.getByRole('heading', { name: 'Group A' })).toBeVisible();
  await expect(facilitator.getByRole('status').filter({ hasText: 'Computed at' })).toBeVisible();
  expect((await ana.request.get(`/api/assessments/${assessmentId}/dashboard`)).status()).toBe(403);
  const res = await ana.goto(`/assessments/${assessmentId}/dashboard`);
  expect(res?.status()).toBe(403);
});
