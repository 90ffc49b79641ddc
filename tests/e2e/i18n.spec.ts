import { expect, test } from './scenario';

// Languages: a visitor gets the browser's language, can pick another before signing
// in, and a member's choice on their profile changes the whole interface, dates included.

/** A French medium date, e.g. "27 nov. 2026". */
const FRENCH_DATE = /\b\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}\b/;

test('the sign-in page asked for with Accept-Language: fr is in French', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' },
  });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(/^Connexion · IDG Workshop$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter à IDG Workshop' })).toBeVisible();
    await expect(page.getByLabel('Adresse électronique')).toBeVisible();
    await expect(page.getByLabel('Mot de passe')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Se connecter', exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a visitor picks Spanish on the sign-in page and keeps it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to IDG Workshop' })).toBeVisible();
    const picker = page.getByRole('navigation', { name: 'Language' });
    await expect(picker.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    await picker.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Iniciar sesión en IDG Workshop' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.reload();
    await expect(page.getByLabel('Correo electrónico')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Idioma' }).getByRole('button', { name: 'Español' }),
    ).toHaveAttribute('aria-current', 'true');
    // Anything but a supported language is refused, and the cookie stays as it was.
    const refused = await page.request.post('/api/locale', { data: { locale: 'de' } });
    expect(refused.status()).toBe(400);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  } finally {
    await context.close();
  }
});

test('a member switches to French on their profile, sees the interface and dates in French, and switches back', async ({
  scenario,
  facilitator,
  createUser,
  signInAs,
}) => {
  // A new member of this test's assessment, so that no other test sees French.
  const assessmentId = scenario.assessmentId;
  const user = await createUser({ name: 'Camille Dupont' });
  const invited = await facilitator.request.post(`/api/assessments/${assessmentId}/invitations`, {
    data: { email: user.email, role: 'IC' },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const { link } = (await invited.json()) as { link: string };
  const page = await signInAs(user.email, user.password);
  const accepted = await page.request.post('/api/invitations/accept', { data: { token: link.split('/invite/')[1] } });
  expect(accepted.status(), await accepted.text()).toBe(200);
  expect((await page.request.patch('/api/me', { data: { timeZone: 'Europe/Paris' } })).status()).toBe(200);

  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await page.getByLabel('Language of the interface').selectOption('fr');
  await page.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre profil' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('status').filter({ hasText: 'l’interface est désormais en Français' })).toBeVisible();
  await expect(page.getByTestId('profile-local-time')).toContainText(FRENCH_DATE);
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();

  // Another page, rendered afresh by the server: the account's language, not the browser's.
  await page.goto(`/assessments/${assessmentId}/checklist`);
  const tabs = page.getByRole('navigation', { name: 'Évaluation' });
  await expect(tabs.getByRole('link', { name: 'Liste de contrôle' })).toHaveAttribute('aria-current', 'page');
  await tabs.getByRole('button', { name: 'Préparer' }).click();
  await expect(tabs.getByRole('link', { name: 'Groupe de travail' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Liste de contrôle (annexe 3)' })).toBeVisible();
  await expect(page.getByText(/\d+ sur \d+ avec réponse/).first()).toBeVisible();
  await expect(page).toHaveTitle(/^Liste de contrôle · /);

  // An area: the live checklist's own words too; the guide's questions stay in its English.
  await page.goto(`/assessments/${assessmentId}/checklist/transparency`);
  await expect(page.getByRole('group', { name: 'Afficher' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^\W*Connecté$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tous les domaines' })).toBeVisible();

  await page.goto('/profile');
  await page.getByLabel('Langue de l’interface').selectOption('en');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
