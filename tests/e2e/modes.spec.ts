import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The mode changes what the product does: while preparing, the facilitator changes a remote
// assessment (mode 2) into a self-assessment (mode 3), reads what changes before confirming, then
// finds the activities Annex 4 marks N/A shown as not applicable and left out of the step's
// progress, the Annex 7 structure set up with its circular drafted, and ticks an Annex 7 good
// practice with a note that is still there after a reload.

async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('main')
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

test('changing the mode while preparing: preview, N/A activities, the Annex 7 checklist', async ({ facilitator }) => {
  const created = await facilitator.request.post('/api/assessments', {
    data: {
      administration: 'Customs of Modeland',
      country: 'Modeland',
      title: `Modes ${crypto.randomBytes(3).toString('hex')}`,
      scope: 'comprehensive',
      mode: 2,
      plannedStart: '2030-01-07',
      plannedEnd: '2030-03-29',
      timeZone: 'UTC',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { assessment } = (await created.json()) as { assessment: { id: string } };
  const base = `/assessments/${assessment.id}`;

  await facilitator.goto(base);
  await facilitator.getByRole('button', { name: 'Change the mode' }).click();
  await facilitator.getByRole('radio', { name: /3\. Self-assessment/ }).check();
  await facilitator.getByRole('button', { name: 'Show what changes' }).click();
  const preview = facilitator.getByRole('region', { name: 'What changes from mode 2 to mode 3' });
  await expect(preview).toBeFocused();
  await expect(
    preview.getByRole('listitem').filter({ hasText: '2.4 Discussion of remote working tools' }),
  ).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: '5.5 Operational field visits' })).toBeVisible();
  await expect(preview).toContainText('Annex 6 → Annex 7');
  await expect(preview).toContainText('The self-assessment’s structure (Annex 7) is set up');
  await expectAccessible(facilitator);
  await preview.getByRole('button', { name: 'Confirm the change' }).click();
  await expect(facilitator.getByRole('status').filter({ hasText: 'The mode is now mode 3.' })).toBeVisible();
  await expect(facilitator.getByText('Mode 3: Self-assessment')).toBeVisible();

  // Step 2 in mode 3: 2.1, 2.4 and 2.5 do not apply; 2.2 and 2.3 are the step's work.
  const step2 = facilitator.locator('#annex-4 details').nth(1);
  await expect(step2.locator('summary')).toContainText('0 of 2 done');
  await step2.locator('summary').click();
  const remoteTools = step2.getByRole('listitem').filter({ hasText: '2.4 Discussion of remote working tools' });
  await expect(remoteTools).toContainText('Not applicable in this mode');
  await expect(remoteTools.getByRole('button', { name: /Edit/ })).toHaveCount(0);

  // The Annex 7 structure, its circular drafted, and an Annex 7 good practice ticked with a note.
  await facilitator.goto(`${base}/practices`);
  await expect(facilitator.getByRole('heading', { name: 'The self-assessment’s structure (Annex 7)' })).toBeVisible();
  await expect(facilitator.getByLabel('Text of the circular')).toHaveValue(/To all staff of Customs of Modeland\./);
  await expect(facilitator.getByText('Draft: not issued yet.')).toBeVisible();
  const twoGroups = facilitator.getByRole('checkbox', { name: /7\.1\.1 Set up two working groups/ });
  await twoGroups.check();
  await expect(facilitator.getByRole('status').filter({ hasText: '7.1.1 saved.' })).toBeAttached();
  await facilitator.getByRole('textbox', { name: 'Note on 7.1.1' }).fill('Steering group named by order 3/2030.');
  await facilitator.getByRole('button', { name: 'Save 7.1.1' }).click();
  await expect(facilitator.getByText(/Last by /).first()).toBeVisible();
  await expectAccessible(facilitator);

  await facilitator.reload();
  await expect(facilitator.getByRole('checkbox', { name: /7\.1\.1 Set up two working groups/ })).toBeChecked();
  await expect(facilitator.getByRole('textbox', { name: 'Note on 7.1.1' })).toHaveValue(
    'Steering group named by order 3/2030.',
  );
  await expect(facilitator.getByText(/Annex 7, “Good practices – Self-assessment”: WCO Integrity/)).toBeVisible();
});
