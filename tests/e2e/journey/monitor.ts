// Stages 3 to 5: the adopted plan is monitored (a progress update by the activity's owner, a KPI
// measurement), the report and the plan are exported and read back, and the review round starts
// and compares itself with the first.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfText, xlsxRows } from '../../integration/exports-read';
import { expect } from '../fixtures';
import { AREA_A, type TCast } from './cast';
import { EXAMPLE_KPI } from './plan';

/** Ana, the named owner of activity 1.1.1, posts a progress update; the facilitator sees it in the tracking list. */
export async function postProgress(cast: TCast, assessmentId: string, note: string): Promise<void> {
  const { rapporteurA: ana, facilitator } = cast;
  await ana.goto(`/assessments/${assessmentId}/monitoring`);
  const row = ana.getByTestId('activity-1.1.1');
  await row.getByText('Updates and history').click();
  await row.getByLabel('Status').first().selectOption({ label: 'On track' });
  await row.getByLabel('Percent done').fill('25');
  await row.getByLabel('What happened (progress update)').fill(note);
  await row.getByRole('button', { name: 'Post the update' }).click();
  await expect(row.getByRole('status').filter({ hasText: 'Progress update saved.' })).toBeVisible();

  await facilitator.goto(`/assessments/${assessmentId}/monitoring`);
  const seen = facilitator.getByTestId('activity-1.1.1');
  await expect(seen).toContainText('On track');
  await seen.getByText('Updates and history').click();
  await expect(seen.getByRole('list', { name: 'Progress updates' })).toContainText(note);
}

/** The facilitator records a value of the guide's example KPI; it is on the chart and judged against its target. */
export async function recordMeasurement(
  facilitator: Page,
  assessmentId: string,
  period: string,
  value: string,
): Promise<void> {
  await facilitator.goto(`/assessments/${assessmentId}/monitoring/kpis`);
  await facilitator.getByLabel('KPI', { exact: true }).selectOption({ label: EXAMPLE_KPI });
  await facilitator.getByLabel('Period', { exact: true }).fill(period);
  await facilitator.getByLabel('Value', { exact: true }).fill(value);
  await facilitator.getByLabel('Source', { exact: true }).fill('Integrity unit case register');
  await facilitator.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(facilitator.getByRole('status').filter({ hasText: 'Measurement recorded.' })).toBeVisible();
  const table = facilitator.locator('[data-testid^="kpi-table-"]');
  await expect(table).toContainText(period);
  await expect(table).toContainText(value);
  await expect(facilitator.locator('[data-testid^="kpi-chart-"]').getByTestId('kpi-point')).toHaveCount(1);
  // From 8 at the start of 2026 towards 2 by the end of 2027, 4 in early 2027 is on track.
  await expect(facilitator.getByRole('main')).not.toContainText('Not judged');
  await expect(facilitator.getByRole('main')).toContainText('On track');
}

/** Downloads what a button or link gives, as bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync(await file.path());
}

/** The report PDF and the adopted plan's XLSX, read back: the activity and its source question are in both. */
export async function exportAndReadBack(facilitator: Page, assessmentId: string, activity: string): Promise<void> {
  await facilitator.goto(`/assessments/${assessmentId}/report`);
  const pdf = pdfText(
    await download(facilitator, () => facilitator.getByRole('button', { name: 'Report (PDF)', exact: true }).click()),
  );
  expect(pdf).toContain(activity);
  expect(pdf).toContain(`${AREA_A.id}.1`);

  await facilitator.goto(`/assessments/${assessmentId}/plan`);
  const rows = await xlsxRows(
    await download(facilitator, () => facilitator.getByRole('link', { name: 'Adopted version 1 (XLSX)' }).click()),
  );
  const header = rows[0]!;
  const line = rows.find((r) => r.includes(activity));
  expect(line, 'the activity is in the plan export').toBeDefined();
  expect(line![header.indexOf('Source questions')]).toContain(`${AREA_A.id}.1`);
}

/**
 * The facilitator starts the review round with the answers carried over; in the new round the
 * group improves an evaluation; the comparison shows the change against the first round.
 */
export async function reviewRound(cast: TCast, assessmentId: string, title: string): Promise<void> {
  const { facilitator, rapporteurA: ana } = cast;
  await facilitator.goto(`/assessments/${assessmentId}/review`);
  await facilitator.getByLabel('Title of the new round').fill(title);
  await facilitator.getByRole('button', { name: 'Start the round' }).click();
  await facilitator.getByRole('link', { name: 'Open the new round' }).click();
  await expect(facilitator.getByRole('heading', { name: title })).toBeVisible();
  const nextId = new URL(facilitator.url()).pathname.split('/')[2]!;
  const key = `${AREA_A.id}.1`;
  // The comparison opens on what changed; nothing has yet, so the question is under "All".
  await facilitator.getByRole('radio', { name: /^All \(\d+\)$/ }).check();
  await expect(facilitator.getByTestId(`compare-${key}`)).toContainText('Needs improvement');

  // Ana is a member of the new round too: she opens the area and improves the evaluation.
  await ana.goto(`/assessments/${nextId}/checklist/${AREA_A.id}`);
  const card = ana.locator(`[id="q-${key}"]`);
  await card.scrollIntoViewIfNeeded();
  await card.getByLabel('Evaluation of question 1').selectOption('in-place');
  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  await expect
    .poll(async () => {
      await facilitator.reload();
      return facilitator.getByTestId(`compare-${key}`).innerText();
    })
    .toContain('Improved');
}
