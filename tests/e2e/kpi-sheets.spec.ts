import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A KPI sheet the guide's way: the facilitator opens an empty sheet, finds fields a to o titled as
// Annex 11 titles them with the guide's prompt under each, fills the sheet from the Annex 11
// example after confirming, credits the KPI with two of the guide's selection criteria, and finds
// "2 of 10 criteria met" still there after a reload.

async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('main')
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

test('a KPI sheet: Annex 11 fields with prompts, the example as template, the criteria check', async ({
  facilitator,
}) => {
  const created = await facilitator.request.post('/api/assessments', {
    data: {
      administration: 'Customs of Kpiland',
      country: 'Kpiland',
      title: `KPIs ${crypto.randomBytes(3).toString('hex')}`,
      scope: 'comprehensive',
      mode: 2,
      plannedStart: '2030-01-07',
      plannedEnd: '2030-03-29',
      timeZone: 'UTC',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const sheetMade = await facilitator.request.post(`/api/assessments/${assessment.id}/kpis`, {
    data: { template: 'blank' },
  });
  expect(sheetMade.status(), await sheetMade.text()).toBe(201);

  await facilitator.goto(`/assessments/${assessment.id}/plan/kpis`);
  await facilitator.locator('summary').filter({ hasText: 'Untitled KPI' }).click();
  const sheet = facilitator.getByRole('form', { name: 'KPI sheet Untitled KPI' });
  const name = sheet.getByRole('textbox', { name: 'a) Name of the indicator (mandatory)' });
  await expect(name).toHaveAccessibleDescription('Title of the indicator');
  await expect(sheet.getByRole('textbox', { name: 'd) Calculation method (mandatory)' })).toBeVisible();
  await expect(sheet.getByRole('group', { name: 'g) Type of indicator' })).toContainText(
    'One indicator might fall under more than one typology',
  );
  // Fields in the guide's order: f, then g, then h.
  const order = await sheet
    .locator('label, legend')
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((s) => /^[a-o]\) /.test(s)));
  expect(order.map((s) => s[0]).join('')).toBe('abcdefghijklmno');
  await expect(sheet.getByRole('status').filter({ hasText: '0 of 10 criteria met' })).toBeVisible();
  await expectAccessible(facilitator);

  await sheet.getByRole('button', { name: 'Fill from the guide’s example (Annex 11)' }).click();
  await expect(sheet).toContainText('WCO Virtual Regional Workshop on Organizational Performance Measurement');
  await sheet.getByRole('button', { name: 'Fill the sheet' }).click();
  const filled = facilitator.getByRole('form', { name: 'KPI sheet Integrity (anticorruption) compliance rate' });
  await expect(filled.getByRole('textbox', { name: 'a) Name of the indicator (mandatory)' })).toHaveValue(
    'Integrity (anticorruption) compliance rate',
  );
  await expect(filled.getByRole('checkbox', { name: 'Lagging' })).toBeChecked();
  await expect(filled.getByText('Every mandatory field is filled.')).toBeVisible();
  await expect(filled.getByRole('button', { name: 'Fill from the guide’s example (Annex 11)' })).toHaveCount(0);

  await filled.getByRole('checkbox', { name: /^relevant, to Customs objectives/ }).check();
  await filled.getByRole('checkbox', { name: /^clear, with unambiguous definition/ }).check();
  await expect(filled.getByRole('status').filter({ hasText: '2 of 10 criteria met' })).toBeVisible();
  await filled.getByRole('button', { name: 'Save KPI sheet' }).click();
  await expect(filled.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();

  await facilitator.reload();
  const summary = facilitator.locator('summary').filter({ hasText: 'Integrity (anticorruption) compliance rate' });
  await expect(summary).toContainText('2 of 10 criteria met');
  await summary.click();
  const again = facilitator.getByRole('form', { name: 'KPI sheet Integrity (anticorruption) compliance rate' });
  await expect(again.getByRole('checkbox', { name: /^relevant,/ })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: /^timely,/ })).not.toBeChecked();
  await expectAccessible(facilitator);
});
