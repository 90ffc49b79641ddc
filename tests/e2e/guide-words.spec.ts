import { expect, test } from './scenario';

// The guide's own words follow the member's language: once a member chooses French on their
// profile, area names (on the checklist, the groups' pages and their own "My areas") and priority
// criteria read in French, with one note on each page saying the translation is the project's, not the WCO's.

const NOTE = /Traduction réalisée par IDG Workshop/;

test('a member who switches to French reads the guide’s area names and criteria in French, marked as ours', async ({
  scenario,
  facilitator,
  createUser,
  signInAs,
}) => {
  // A new member of this test's assessment, so that no other test sees French.
  const user = await createUser({ name: 'Élise Martin' });
  const invited = await facilitator.request.post(`/api/assessments/${scenario.assessmentId}/invitations`, {
    data: { email: user.email, role: 'IC' },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const { link } = (await invited.json()) as { link: string };
  const page = await signInAs(user.email, user.password);
  const accepted = await page.request.post('/api/invitations/accept', { data: { token: link.split('/invite/')[1] } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  // In Group A (Transparency among its areas), so that the overview lists the member's areas.
  const { contributor, externalContributor } = scenario.members;
  const joined = await facilitator.request.patch(
    `/api/assessments/${scenario.assessmentId}/groups/${scenario.groups['Group A']}`,
    { data: { memberIds: [contributor!.id, externalContributor!.id, user.id] } },
  );
  expect(joined.status(), await joined.text()).toBe(200);

  await page.goto(scenario.path('/checklist'));
  await expect(page.getByRole('link', { name: 'Key factor 3: Transparency', exact: true })).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);

  await page.goto('/profile');
  await page.getByLabel('Language of the interface').selectOption('fr');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.goto(scenario.path('/checklist'));
  await expect(page.getByRole('link', { name: /^Facteur clé 3\s: Transparence$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Facteur clé 9\s: Moral et culture organisationnelle$/ })).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(1);

  await page.goto(scenario.path('/priorities'));
  await page.locator('summary', { hasText: /^Critères\s: les 8 du guide/ }).click();
  await expect(page.getByRole('listitem').filter({ hasText: /^Urgence$/ })).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Probabilité d’obtenir l’engagement de la direction et du personnel' }),
  ).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(1);

  // Area names built on the server (the groups' overview) follow the member's language too.
  await page.getByRole('button', { name: /^Préparer/ }).click();
  await page.getByRole('link', { name: 'Groupes', exact: true }).click();
  await expect(page).toHaveURL(/\/groups$/);
  const groupA = page.getByRole('region', { name: /Group A/ });
  await expect(groupA.getByText(/^Facteur clé 3\s: Transparence$/)).toBeVisible();
  await expect(page.getByText('Key factor 3: Transparency')).toHaveCount(0);
  await expect(page.getByText(NOTE)).toHaveCount(1);

  // The member's own areas on the overview, named on the server, too.
  await page.getByRole('link', { name: 'Aperçu', exact: true }).click();
  await expect(
    page.getByTestId('home-areas').getByRole('link', { name: /^Facteur clé 3\s: Transparence$/ }),
  ).toBeVisible();
  await expect(page.getByText('Key factor 3: Transparency')).toHaveCount(0);
  await expect(page.getByText(NOTE)).toHaveCount(1);
});
