// Stage 2, the action plan: a KPI sheet from the guide's Annex 11 example, an outcome and an
// objective written with a colleague watching live, both agreed activities placed under the
// objective with the Annex 9 columns (the first by the facilitator, the second by Ana at the same
// time), then submitted to senior management, who approve it.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { type TCast, connected, saved } from './cast';

/** The name of the guide's Annex 11 example KPI. */
export const EXAMPLE_KPI = 'Integrity (anticorruption) compliance rate';

/** The facilitator writes the KPI sheet from the guide's example; it is complete as the guide gives it. */
export async function writeKpiSheet(facilitator: Page, assessmentId: string): Promise<void> {
  await facilitator.goto(`/assessments/${assessmentId}/plan`);
  await facilitator.getByRole('link', { name: 'KPI sheets' }).click();
  await facilitator.getByRole('button', { name: /From the guide’s example/ }).click();
  // The guide's example has no baseline and a target in words ("Regional benchmark"): the
  // facilitator states the baseline measured at the outset and the number the benchmark stands for.
  await facilitator.getByText(`${EXAMPLE_KPI} (complete)`).click();
  const sheet = facilitator.getByRole('form', { name: new RegExp(EXAMPLE_KPI.replace(/[()]/g, '\\$&')) });
  await sheet.getByLabel('Baseline value').fill('8');
  await sheet.getByLabel('Baseline date').fill('2026-01-01');
  await sheet.getByLabel('Target as a number (when field l names none)').fill('2');
  await sheet.getByLabel('Target date').fill('2027-12-31');
  await sheet.getByRole('button', { name: 'Save KPI sheet' }).click();
  await expect(sheet.getByText(/^Saved at/)).toBeVisible();
}

type TActivityColumns = {
  title: string;
  responsible: string;
  owner: string;
  target: string;
  strategicLink: string;
  resources: string;
  budget: string;
  staff: string;
  start: string;
  due: string;
  timeline: string;
};

/**
 * The facilitator writes outcome 1 and objective 1.1 while Ana watches; the agreed activities go
 * under the objective; activity 1.1.1 gets every Annex 9 column and the KPI. Ana sees them live.
 */
export async function buildPlan(
  cast: TCast,
  assessmentId: string,
  texts: { outcome: string; objective: string; second: string },
  first: TActivityColumns,
): Promise<void> {
  const { facilitator, rapporteurA: ana } = cast;
  await Promise.all([facilitator, ana].map((p) => p.goto(`/assessments/${assessmentId}/plan`)));
  await Promise.all([facilitator, ana].map(connected));

  await facilitator.getByRole('button', { name: '+ Add outcome' }).click();
  await expect(facilitator.getByRole('textbox', { name: 'Text of outcome 1' })).toBeFocused();
  await facilitator.keyboard.type(texts.outcome);
  await facilitator.getByRole('button', { name: '+ Add objective to outcome 1' }).click();
  await expect(facilitator.getByRole('textbox', { name: 'Text of objective 1.1' })).toBeFocused();
  await facilitator.keyboard.type(texts.objective);
  await expect(ana.getByRole('textbox', { name: 'Text of objective 1.1' })).toHaveValue(texts.objective);

  const agreed = facilitator.getByRole('region', { name: /^Add agreed activities/ });
  await expect(agreed.getByRole('heading')).toHaveText('Add agreed activities (2)');
  for (const title of [first.title, texts.second]) {
    await agreed.getByLabel('Add under').selectOption({ index: 0 });
    await agreed.getByRole('button', { name: `Add “${title}” to the plan` }).click();
  }
  await expect(agreed.getByRole('heading')).toHaveText('Add agreed activities (0)');

  const row = facilitator.locator('li[aria-label="Activity 1.1.1"]');
  await expect(row.getByRole('textbox', { name: 'Title of activity 1.1.1' })).toHaveValue(first.title);
  await row.getByRole('textbox', { name: 'Responsible person or unit, activity 1.1.1' }).fill(first.responsible);
  await row.getByLabel('Named owner').selectOption({ label: first.owner });
  await row.getByRole('textbox', { name: 'Performance target, activity 1.1.1' }).fill(first.target);
  await row.getByRole('textbox', { name: 'Link to strategic plan, activity 1.1.1' }).fill(first.strategicLink);
  await row.getByRole('textbox', { name: 'Budget and resources, activity 1.1.1' }).fill(first.resources);
  await row.getByLabel('Budget (additional cost)').fill(first.budget);
  await row.getByLabel('Staff (person-months)').fill(first.staff);
  await row.getByLabel('Start').fill(first.start);
  await row.getByLabel('Due').fill(first.due);
  await row.getByRole('checkbox', { name: EXAMPLE_KPI }).check();
  await expect(row.getByText(`Timeline: ${first.timeline}`)).toBeVisible();
  await saved(facilitator);

  const seen = ana.locator('li[aria-label="Activity 1.1.1"]');
  await expect(seen.getByRole('textbox', { name: 'Responsible person or unit, activity 1.1.1' })).toHaveValue(
    first.responsible,
  );
  await expect(seen.getByText(`Timeline: ${first.timeline}`)).toBeVisible();
  await expect(seen.getByRole('checkbox', { name: EXAMPLE_KPI })).toBeChecked();

  // Ana completes activity 1.1.2 at the same time; the facilitator sees it.
  const second = ana.locator('li[aria-label="Activity 1.1.2"]');
  await second
    .getByRole('textbox', { name: 'Responsible person or unit, activity 1.1.2' })
    .fill('Human Resources Directorate');
  await second.getByLabel('Named owner').selectOption({ label: 'Ben Contributor' });
  await second.getByRole('checkbox', { name: EXAMPLE_KPI }).check();
  await saved(ana);
  const onFacilitator = facilitator.locator('li[aria-label="Activity 1.1.2"]');
  await expect(onFacilitator.getByRole('textbox', { name: 'Responsible person or unit, activity 1.1.2' })).toHaveValue(
    'Human Resources Directorate',
  );
  await expect(onFacilitator.getByRole('checkbox', { name: EXAMPLE_KPI })).toBeChecked();
  await expect(onFacilitator.getByLabel('Named owner')).toHaveValue(/.+/);
}

/** The facilitator submits the plan to senior management; Sara approves it on her page; version 1 is adopted. */
export async function submitAndAdopt(cast: TCast, assessmentId: string, strategyLink: string): Promise<void> {
  const { facilitator, senior } = cast;
  const adoption = (page: Page) => page.getByRole('region', { name: 'Adoption (step 6)' });
  await adoption(facilitator).getByRole('checkbox', { name: 'Sara Senior (SM)' }).check();
  await adoption(facilitator).getByLabel('Link to the national anti-corruption strategy').fill(strategyLink);
  await adoption(facilitator).getByRole('button', { name: 'Submit the plan for adoption' }).click();
  await expect(adoption(facilitator)).toContainText('awaiting decision');

  await senior.goto(`/assessments/${assessmentId}/plan`);
  await adoption(senior).getByLabel('Your comment').fill('Endorsed for the administration.');
  await adoption(senior).getByRole('button', { name: 'Approve' }).click();
  await expect(adoption(senior)).toContainText('Version 1 is adopted; edits make the draft of version 2.');
  await facilitator.reload();
  await expect(adoption(facilitator)).toContainText('Version 1 is adopted; edits make the draft of version 2.');
}

/**
 * After the adoption, the facilitator records the plan's endorsement by a top government official;
 * senior management sees it on their page.
 */
export async function recordEndorsement(cast: TCast, assessmentId: string, note: string): Promise<void> {
  const { facilitator, senior } = cast;
  const endorsement = (page: Page) => page.getByRole('region', { name: 'Endorsement by top government officials' });
  await endorsement(facilitator).getByLabel('Name').fill('Grace Minister');
  await endorsement(facilitator).getByLabel('Office').fill('Minister of Finance');
  await endorsement(facilitator).getByLabel('Endorsed on').fill('2027-01-15');
  await endorsement(facilitator).getByLabel('Note').fill(note);
  await endorsement(facilitator).getByRole('button', { name: 'Record the endorsement' }).click();
  await expect(endorsement(facilitator).getByRole('listitem')).toContainText(
    'Grace Minister, Minister of Finance, endorsed on',
  );
  await senior.goto(`/assessments/${assessmentId}/plan`);
  await expect(endorsement(senior).getByRole('listitem')).toContainText(note);
  await expect(endorsement(senior).getByRole('button', { name: 'Record the endorsement' })).toHaveCount(0);
}
