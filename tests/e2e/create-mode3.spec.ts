import crypto from 'node:crypto';
import { expect, test } from './scenario';
import { NewAssessment } from './pages/new-assessment';

// Creating a self-assessment through the form: choosing mode 3 shows what it sets (no external
// facilitator, the Annex 7 structure) and hides the concurrent modes, which only modes 1 and 2
// allow; step 1's duration starts at the guide's two to three months and is changed here. The new
// assessment has its Annex 7 structure and no open activity that only the other modes have.

test('a self-assessment created through the form has its Annex 7 structure and no mode-only work', async ({
  facilitator,
}) => {
  const form = new NewAssessment(facilitator);
  await form.open();
  await form.describe({
    title: `Self ${crypto.randomBytes(3).toString('hex')}`,
    administration: 'Customs of Selfland',
    country: 'Selfland',
  });
  const concurrent = facilitator.getByRole('checkbox', { name: /Also use the other method/ });
  await expect(concurrent).toBeVisible();
  await expect(facilitator.getByLabel('From')).toHaveValue('2');
  await expect(facilitator.getByLabel('To', { exact: true })).toHaveValue('3');
  await expect(facilitator.getByLabel('Your role in this assessment')).toHaveValue('EF');

  await form.chooseMode(3);
  await expect(concurrent).toHaveCount(0);
  await expect(facilitator.getByTestId('mode-3-defaults')).toContainText('needs no external facilitator');
  await expect(facilitator.getByLabel('Your role in this assessment')).toHaveValue('LF');
  await facilitator.getByRole('radio', { name: 'A continuous process' }).check();
  await form.expectDuration(8, 10, 'weeks');
  const id = await form.create();

  await expect(facilitator.getByText('Mode 3: Self-assessment')).toBeVisible();
  await expect(facilitator.getByText('A continuous process, expected to take 8 to 10 weeks.')).toBeVisible();
  // Step 2 in mode 3: 2.1, 2.4 and 2.5 do not apply and are not open work.
  const step2 = facilitator.locator('#annex-4 details').nth(1);
  await expect(step2.locator('summary')).toContainText('0 of 2 done');
  await step2.locator('summary').click();
  await expect(step2.getByRole('listitem').filter({ hasText: '2.4 Discussion of remote working tools' })).toContainText(
    'Not applicable in this mode',
  );

  await facilitator.goto(`/assessments/${id}/practices`);
  await expect(facilitator.getByRole('heading', { name: 'The self-assessment’s structure (Annex 7)' })).toBeVisible();
  await expect(facilitator.getByLabel('Text of the circular')).toHaveValue(/To all staff of Customs of Selfland\./);
});
