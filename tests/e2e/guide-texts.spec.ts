import { demoAssessmentId, expect, test } from './fixtures';

// The guide's texts where they belong: the collective-action chapters that have no checklist area
// beside each collective-action area, and Annex 8's Customs competencies where members are invited.

test('a collective-action area’s guide panel also holds Part II 4.2 and 4.5', async ({ facilitator }) => {
  const id = await demoAssessmentId(facilitator);
  await facilitator.goto(`/assessments/${id}/checklist/customs-to-customs`);
  await facilitator.getByRole('button', { name: /The guide at hand/ }).click();
  const panel = facilitator.getByRole('complementary', { name: 'The guide at hand' });
  await expect(panel.getByRole('heading', { name: /^Part II, 4\.3: / })).toBeVisible();
  await expect(
    panel.getByRole('heading', { name: 'Part II, 4.2: Cooperation with other government agencies' }),
  ).toBeVisible();
  await expect(
    panel.getByRole('heading', { name: 'Part II, 4.5: Cooperation with civil society organizations' }),
  ).toBeVisible();
});

test('Annex 8’s Customs competencies unfold beside the invitation’s expertise field', async ({ facilitator }) => {
  const id = await demoAssessmentId(facilitator);
  await facilitator.goto(`/assessments/${id}/members`);
  await expect(facilitator.getByLabel('Area of expertise (optional)')).toBeVisible();
  const annex = facilitator.getByRole('group').filter({ hasText: 'Annex 8: List of Customs competencies' });
  await expect(annex.getByRole('heading', { name: 'Goods clearance' })).toBeHidden();
  await annex.getByText('Annex 8: List of Customs competencies').click();
  await expect(annex.getByRole('heading', { name: 'Goods clearance' })).toBeVisible();
  await expect(annex.getByText('Harmonized System tariff')).toBeVisible();
});
