import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { ActionPlan } from './pages/action-plan';
import { expect, test } from './scenario';

// The action plan as the guide's Annex 9: a facilitator starts an empty plan from the guide's
// example (a plan with rows is refused), and members edit the plan as the Annex 9 table itself,
// cell by cell, live for each other.

const EXAMPLE_OUTCOME =
  'To have all managers identify, report and remedy weaknesses in working methods, ethics, integrity and corruption of their staff.';

test("a facilitator starts an empty plan from the guide's example, and only an empty one", async ({
  scenario,
  facilitator,
  contributor,
}) => {
  const [mine, theirs] = [new ActionPlan(facilitator), new ActionPlan(contributor)];
  await Promise.all([mine.open(scenario.assessmentId), theirs.open(scenario.assessmentId)]);
  await expect(facilitator.getByText('No outcomes yet.')).toBeVisible();
  // Only facilitators are offered the example.
  await expect(contributor.getByRole('button', { name: /Start from the guide’s example/ })).toHaveCount(0);

  await facilitator.getByRole('button', { name: 'Start from the guide’s example (Annex 9)' }).click();
  await expect(mine.outcome(1).getByRole('textbox', { name: 'Text of outcome 1' })).toHaveValue(EXAMPLE_OUTCOME);
  await expect(facilitator.getByText(/started from the example in Annex 9/)).toBeVisible();
  await mine.saved();

  // The contributor sees the whole example arrive, columns and KPI sheets included.
  const activity = theirs.page.locator('li[aria-label="Activity 1.1.1"]');
  await expect(activity.getByRole('textbox', { name: 'Title of activity 1.1.1' })).toHaveValue(
    'Design and deliver a training module',
  );
  await expect(activity.getByRole('textbox', { name: 'Responsible person or unit, activity 1.1.1' })).toHaveValue(
    'Training Unit',
  );
  await expect(activity.getByText('Timeline: Q1 2022 (2022-01-01 to 2022-03-31)')).toBeVisible();
  await expect(theirs.page.locator('li[aria-label="Activity 1.1.3"]')).toBeVisible();
  await theirs.page.reload();
  await expect(
    theirs.page.locator('li[aria-label="Activity 1.1.1"]').getByRole('checkbox', {
      name: 'Percentage of staff attending the ethics, integrity and good governance training',
    }),
  ).toBeChecked();

  // A second start on the plan that now has rows is refused, with the reason, and changes nothing.
  await facilitator.getByRole('button', { name: 'Start from the guide’s example (Annex 9)' }).click();
  await expect(facilitator.getByRole('alert').filter({ hasText: 'only starts an empty plan' })).toBeVisible();
  await expect(mine.outcomes()).toHaveCount(1);
});

test('members build and edit the plan as the Annex 9 table, live for each other', async ({
  scenario,
  contributor: ana,
  contributor2: ben,
}) => {
  const tag = crypto.randomBytes(4).toString('hex');
  const [anaPlan, benPlan] = [new ActionPlan(ana), new ActionPlan(ben)];
  await Promise.all([anaPlan.open(scenario.assessmentId), benPlan.open(scenario.assessmentId)]);

  // Ana switches to the table; its columns are the guide's, in the guide's order.
  await anaPlan.viewButton('Table (Annex 9)').click();
  await expect(anaPlan.viewButton('Table (Annex 9)')).toHaveAttribute('aria-pressed', 'true');
  await anaPlan.addOutcome().click();
  await expect(anaPlan.table().locator('thead').getByRole('columnheader')).toHaveText([
    'Activity',
    'Responsible person',
    'Key Performance Indicator (KPI)',
    'Performance target',
    'Budget and resources',
    'Timeline',
    'Link to strategic plan',
  ]);
  const table = anaPlan.table();
  await expect(table.getByRole('textbox', { name: 'Text of outcome 1' })).toBeFocused();
  await ana.keyboard.type(`Managers remedy weaknesses ${tag}`);
  await table.getByRole('button', { name: '+ Add objective to outcome 1' }).click();
  await expect(table.getByRole('textbox', { name: 'Text of objective 1.1' })).toBeFocused();
  await ana.keyboard.type(`Train every officer ${tag}`);
  await table.getByRole('button', { name: '+ Add activity to 1.1' }).click();
  await expect(table.getByRole('textbox', { name: 'Title of activity 1.1.1' })).toBeFocused();
  await ana.keyboard.type(`Design the module ${tag}`);
  // Tab goes on to the next cell of the row.
  await ana.keyboard.press('Tab');
  await expect(table.getByRole('textbox', { name: 'Responsible person or unit, activity 1.1.1' })).toBeFocused();
  await ana.keyboard.type('Training Unit');

  // Ben, in the table too, sees the rows and then Ana's edit of a cell as she types it.
  await benPlan.viewButton('Table (Annex 9)').click();
  const benTable = benPlan.table();
  await expect(benTable.getByRole('textbox', { name: 'Title of activity 1.1.1' })).toHaveValue(
    `Design the module ${tag}`,
  );
  await table.getByRole('textbox', { name: 'Performance target, activity 1.1.1' }).fill(`100% coverage ${tag}`);
  await expect(benTable.getByRole('textbox', { name: 'Performance target, activity 1.1.1' })).toHaveValue(
    `100% coverage ${tag}`,
  );
  await expect(benTable.getByRole('textbox', { name: 'Responsible person or unit, activity 1.1.1' })).toHaveValue(
    'Training Unit',
  );
  await anaPlan.saved();
  // Every cell is named for screen readers: axe finds nothing serious in the table.
  const { violations } = await new AxeBuilder({ page: ana })
    .include('table')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The choice of view is remembered for Ana; the forms show the same plan.
  await ana.reload();
  await expect(anaPlan.viewButton('Table (Annex 9)')).toHaveAttribute('aria-pressed', 'true');
  await expect(anaPlan.table().getByRole('textbox', { name: 'Performance target, activity 1.1.1' })).toHaveValue(
    `100% coverage ${tag}`,
  );
  await anaPlan.viewButton('Forms').click();
  await expect(
    anaPlan.page.locator('li[aria-label="Activity 1.1.1"]').getByRole('textbox', { name: /^Performance target/ }),
  ).toHaveValue(`100% coverage ${tag}`);
});
