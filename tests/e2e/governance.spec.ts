import { expect, test, DEMO_SHAPE } from './scenario';

// Governance while preparing, on an assessment whose workshop has not begun (no breakout groups
// yet): the facilitator makes step 1's choices on the overview (a continuous process of six to ten
// weeks instead of the guide's two to three months), then records the approval of the terms of
// reference by senior management of both sides; the document is final once both have approved,
// and senior management read the approvals without a form to change them.

test.use({ scenarioShape: { ...DEMO_SHAPE, groups: [] } });

test('step 1 choices, and the terms of reference approved by both sides', async ({ scenario, facilitator, senior }) => {
  await facilitator.goto(scenario.path());
  await expect(facilitator.getByText('A one-off event, expected to take 2 to 3 months.')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Change the step 1 choices' }).click();
  await facilitator.getByRole('radio', { name: 'A continuous process' }).check();
  await facilitator.getByLabel('From', { exact: true }).fill('6');
  await facilitator.getByLabel('To', { exact: true }).fill('10');
  await facilitator.getByLabel('Unit', { exact: true }).selectOption('weeks');
  await facilitator.getByRole('button', { name: 'Save the choices' }).click();
  await expect(facilitator.getByText('A continuous process, expected to take 6 to 10 weeks.')).toBeVisible();

  await facilitator.goto(scenario.path('/terms-of-reference'));
  const approvals = facilitator.getByRole('region', { name: 'Approval by senior management of both sides' });
  await expect(approvals.getByRole('status')).toHaveText(
    'Draft: awaiting approval by the administration’s senior management and the other side (WCO, facilitators’ organisation).',
  );
  const record = async (side: 'administration' | 'partner', name: string, title: string, organisation: string) => {
    await approvals.getByLabel('For').selectOption(side);
    await approvals.getByLabel('Approved on').fill('2030-01-20');
    await approvals.getByLabel('Name').fill(name);
    await approvals.getByLabel('Title or position').fill(title);
    await approvals.getByLabel('Organisation').fill(organisation);
    await approvals.getByRole('button', { name: 'Record the approval' }).click();
    await expect(approvals.getByRole('listitem').filter({ hasText: name })).toContainText(title);
  };
  await record('administration', 'Amina Diallo', 'Director General', 'Demo Customs Administration');
  await expect(approvals.getByRole('status')).toHaveText(
    'Draft: awaiting approval by the other side (WCO, facilitators’ organisation).',
  );
  await record('partner', 'Sam Secretariat', 'Director, Capacity Building', 'WCO');
  await expect(approvals.getByRole('status')).toHaveText('Final: approved by senior management of both sides.');
  // The agenda is the sessions' own; none is planned yet in this assessment.
  await expect(facilitator.getByRole('region', { name: 'Agenda of the assessment' })).toContainText(
    'No session is planned yet.',
  );

  await senior.goto(scenario.path('/terms-of-reference'));
  const seen = senior.getByRole('region', { name: 'Approval by senior management of both sides' });
  await expect(seen.getByRole('listitem').filter({ hasText: 'Amina Diallo' })).toContainText(
    'Amina Diallo, Director General, for the administration’s senior management',
  );
  await expect(seen.getByRole('status')).toHaveText('Final: approved by senior management of both sides.');
  await expect(seen.getByRole('button', { name: 'Record the approval' })).toHaveCount(0);
  await expect(seen.getByRole('button', { name: /Remove/ })).toHaveCount(0);
});
