import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { ActionPlan } from './pages/action-plan';
import { expect, test } from './scenario';

// The guide's Parts I, IV and VI where the group works: the review page records Part VI's
// indicators of success for the round (facilitators write, everyone reads), the monitoring page
// shows Part IV's implementation principles, and the plan has a communication strategy the group
// writes together, kept in the print view and the XLSX export.

const MEDIA = 'Positive/negative media coverage of integrity in Customs';
const AUDITS = 'Results of internal and external audits';

test('a facilitator records an indicator of success and an observer reads it', async ({
  scenario,
  facilitator,
  observer,
}) => {
  const tag = crypto.randomBytes(3).toString('hex');
  await facilitator.goto(scenario.path('/review'));
  await expect(facilitator.getByRole('heading', { name: 'Indicators of success' })).toBeVisible();
  await expect(facilitator.getByText('Indicators: WCO Integrity Development Guide, 2021 edition')).toBeVisible();

  const media = facilitator.getByRole('form', { name: MEDIA });
  await media.getByLabel('Observation').fill(`Fewer stories of bribes ${tag}`);
  await media.getByLabel('Direction').selectOption({ label: 'Improved' });
  await media.getByLabel('Source (optional)').fill('Press review');
  await media.getByRole('button', { name: 'Save' }).click();
  await expect(media.getByRole('status')).toHaveText('Indicator saved.');

  // An observation is needed: the form says so on its field and records nothing.
  const audits = facilitator.getByRole('form', { name: AUDITS });
  await audits.getByLabel('Direction').selectOption({ label: 'Worsened' });
  await audits.getByRole('button', { name: 'Save' }).click();
  await expect(audits.getByText('Say what the group observed.')).toBeVisible();

  await facilitator.reload();
  await expect(media.getByLabel('Observation')).toHaveValue(`Fewer stories of bribes ${tag}`);
  await expect(media.getByLabel('Direction')).toHaveValue('improved');

  await observer.goto(scenario.path('/review'));
  await expect(observer.getByRole('form', { name: MEDIA })).toHaveCount(0);
  const read = observer.getByTestId('ind-current-media-coverage');
  await expect(read).toContainText(`Improved: Fewer stories of bribes ${tag}`);
  await expect(read).toContainText('Source: Press review');
  await expect(observer.getByTestId('ind-current-audits')).toHaveText('Not recorded yet.');
});

test('the monitoring page shows Part IV’s implementation principles in the guide’s words', async ({
  scenario,
  contributor,
}) => {
  await contributor.goto(scenario.path('/monitoring'));
  await expect(contributor.getByRole('heading', { name: 'Implementation principles' })).toBeVisible();
  await expect(contributor.getByText('Securing consensus')).toBeHidden();
  await contributor.getByText('Principle 2 – Collective action').click();
  await expect(contributor.getByText('Securing consensus')).toBeVisible();
  await expect(contributor.getByText('Principles: WCO Integrity Development Guide, 2021 edition')).toBeVisible();
});

test('the group writes the plan’s communication strategy together, and print and XLSX keep it', async ({
  scenario,
  contributor: ana,
  facilitator,
  observer,
}) => {
  const tag = crypto.randomBytes(3).toString('hex');
  const text = `Brief every office before the plan is published ${tag}`;
  const [anaPlan, fayPlan] = [new ActionPlan(ana), new ActionPlan(facilitator)];
  await Promise.all([anaPlan.open(scenario.assessmentId), fayPlan.open(scenario.assessmentId)]);

  await ana.getByText('What the guide says a communication strategy covers').click();
  await expect(ana.getByText('secure political and media support;')).toBeVisible();
  await ana.getByRole('textbox', { name: 'Communication strategy' }).fill(text);
  await anaPlan.saved();
  await expect(facilitator.getByRole('textbox', { name: 'Communication strategy' })).toHaveValue(text);

  await observer.goto(scenario.path('/plan'));
  await expect(observer.getByRole('textbox', { name: 'Communication strategy' })).toHaveValue(text);
  await expect(observer.getByRole('textbox', { name: 'Communication strategy' })).not.toBeEditable();

  await facilitator.goto(scenario.path('/plan/print'));
  const printed = facilitator.getByRole('region', { name: 'Communication strategy' });
  await expect(printed).toContainText(text);

  const xlsx = await facilitator.request.get(`/api/assessments/${scenario.assessmentId}/plan/export?format=xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await xlsx.body()).buffer);
  expect(wb.getWorksheet('Communication strategy')?.getRow(2).getCell(1).value).toBe(text);
});
