import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { proposeActivity } from './fixtures';
import { LiveRoom } from './pages/live-room';
import { expect, test } from './scenario';

// Finding one's way: the live strip stays in sight on long pages (in a breakout too), the tabs are
// grouped by the guide's stages, a phone's first screen is the page, the editor's buttons say what
// they do, and questions are named by their area and number, never by their key.

/** Whether the element is at least partly inside the window. */
async function inViewport(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
  });
}

test('the live strip and its timer stay in sight at the bottom of a breakout area', async ({
  scenario,
  facilitator,
  contributor: ana,
}) => {
  const base = `/assessments/${scenario.assessmentId}`;
  const [room, anaRoom] = [new LiveRoom(facilitator), new LiveRoom(ana)];
  await room.open(base);
  await anaRoom.open(base);

  await room.command('Start breakouts');
  await expect(ana).toHaveURL(`${base}/checklist/leadership-commitment`);
  await room.startTimer(10, 'Group work');
  await expect(anaRoom.timer()).toContainText('Group work');

  await ana.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => ana.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  expect(await inViewport(ana, 'live-timer')).toBe(true);
  expect(await inViewport(ana, 'live-online')).toBe(true);

  // On a phone the strip's row scrolls sideways; scrolled to its end, the timer is still in sight.
  await ana.setViewportSize({ width: 375, height: 667 });
  await ana.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await ana.getByRole('region', { name: 'Live room' }).evaluate((el) => (el.scrollLeft = el.scrollWidth));
  expect(await inViewport(ana, 'live-timer')).toBe(true);
  const timer = await ana.getByTestId('live-timer').boundingBox();
  expect(timer!.x).toBeGreaterThanOrEqual(0);
  expect(timer!.x + timer!.width).toBeLessThanOrEqual(375);

  await room.command('Stop timer');
  await room.command('End breakouts');
  await expect(anaRoom.timer()).toHaveCount(0);
});

test('the tabs are grouped by stage, the current one open', async ({ scenario, contributor }) => {
  const base = `/assessments/${scenario.assessmentId}`;
  await contributor.goto(`${base}/checklist`);
  const nav = contributor.getByRole('navigation', { name: 'Assessment' });
  await expect(nav.getByRole('button', { name: 'Assess', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Checklist' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Action plan' })).toBeHidden();

  const plan = nav.getByRole('button', { name: 'Prioritise and plan' });
  await expect(plan).toHaveAttribute('aria-expanded', 'false');
  await plan.click();
  await expect(plan).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Action plan' }).click();
  await expect(contributor).toHaveURL(`${base}/plan`);
  await expect(nav.getByRole('link', { name: 'Action plan' })).toHaveAttribute('aria-current', 'page');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the first screen shows the page, the sections behind one button', async ({ scenario, contributor }) => {
    const base = `/assessments/${scenario.assessmentId}`;
    await contributor.goto(`${base}/checklist`);
    const heading = contributor.getByRole('heading', { level: 2, name: /Checklist/ });
    await expect(heading).toBeInViewport();
    const nav = contributor.getByRole('navigation', { name: 'Assessment' });
    await expect(nav.getByRole('link', { name: 'Checklist' })).toBeHidden();
    const sections = nav.getByRole('button', { name: /Sections/ });
    await expect(sections).toHaveAttribute('aria-expanded', 'false');
    await sections.click();
    await expect(nav.getByRole('link', { name: 'Checklist' })).toBeVisible();
  });
});

test('the editor toolbar names its buttons', async ({ scenario, contributor }) => {
  const base = `/assessments/${scenario.assessmentId}`;
  await contributor.goto(`${base}/checklist/transparency`);
  const toolbar = contributor.getByRole('toolbar').first();
  await expect(toolbar).toBeVisible();
  for (const name of ['Bold', 'Italic', 'Heading', 'Subheading', 'Bulleted list', 'Numbered list', 'Add link']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(toolbar.getByRole('button', { name: 'Heading', exact: true })).toContainText('Heading');
});

test('a cited question reads as its area and number, not its key', async ({ scenario, contributor: ana }) => {
  const assessmentId = scenario.assessmentId;
  await ana.goto(`/assessments/${assessmentId}/groups/${scenario.groups['Group A']}`);
  await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const { cited, item } = await proposeActivity(ana, `Cite-${crypto.randomBytes(4).toString('hex')}`);
  const link = item.locator(`a[data-question-key="${cited}"]`);
  await expect(link).toHaveText(/^.+ · Q\d+$/);
  await expect(link).not.toContainText(cited);
  await expect(item).not.toContainText(cited);
});
