import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { addActivity } from './fixtures';
import { Priorities } from './pages/priorities';
import { expect, test } from './scenario';

// Phone width (375 × 812, an iPhone X/11 Pro): the main pages fit the screen without sideways
// scrolling of the page itself (wide tables scroll in their own container), and a member can
// answer a question and rate an activity there.
const PHONE = { width: 375, height: 812 };

/** How far the page itself scrolls sideways, and which elements stick out past the screen. */
async function overflow(page: Page) {
  return page.evaluate((phone) => {
    const width = window.innerWidth;
    const scroller = document.scrollingElement ?? document.documentElement;
    // The culprits, for a useful failure message: elements whose right edge passes the screen
    // and that are not inside a container scrolling sideways on its own.
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (
          (s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden') &&
          p.clientWidth < p.scrollWidth + 1
        )
          return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > phone + 1 && !inScroller(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).slice(0, 80)}`);
    return { scrollWidth: scroller.scrollWidth, width, culprits };
  }, PHONE.width);
}

async function expectNoPageOverflow(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const o = await overflow(page);
  // The page is laid out for the phone (a missing viewport meta would lay it out at 980 px).
  expect(o.width, `${path} is laid out wider than the phone: ${o.culprits.join(', ')}`).toBe(PHONE.width);
  expect(o.scrollWidth, `${path} scrolls sideways: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(o.width);
}

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

test('the main pages fit a phone screen without sideways scrolling', async ({ scenario, facilitator }) => {
  test.setTimeout(150_000);
  const id = scenario.assessmentId;
  const base = `/assessments/${id}`;
  const groups = (await (await facilitator.request.get(`/api/assessments/${id}/groups`)).json()) as {
    groups?: { id: string }[];
  };
  const pages = [
    '/assessments',
    '/profile',
    '/notifications',
    base,
    `${base}/checklist`,
    `${base}/checklist/transparency`,
    `${base}/groups`,
    ...(groups.groups?.[0] ? [`${base}/groups/${groups.groups[0].id}`] : []),
    `${base}/report-back`,
    `${base}/priorities`,
    `${base}/dashboard`,
    `${base}/cockpit`,
    `${base}/plan`,
    `${base}/plan/kpis`,
    `${base}/report`,
    `${base}/sessions`,
    `${base}/members`,
    `${base}/library`,
  ];
  for (const path of pages) await expectNoPageOverflow(facilitator, path);
});

test("a group's findings page with a finding fits a phone screen", async ({ scenario, facilitator }) => {
  const id = scenario.assessmentId;
  const groups = (await (await facilitator.request.get(`/api/assessments/${id}/groups`)).json()) as {
    groups: { id: string; name: string }[];
  };
  const group = groups.groups.find((g) => g.name === 'Group A') ?? groups.groups[0]!;
  // A finding brings its citation picker, whose options are long question texts: they once laid
  // the page out wider than the phone.
  await facilitator.goto(`/assessments/${id}/groups/${group.id}`);
  await expect(facilitator.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const activities = facilitator.getByRole('region', { name: /Proposed activities/ });
  // Always one more: counting the findings first would race the board's first sync.
  await activities.getByRole('button', { name: '+ Add proposed activity' }).click();
  await expect(activities.locator('ol > li').last().getByLabel('Question to cite')).toBeVisible();
  await expect(facilitator.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  await expectNoPageOverflow(facilitator, `/assessments/${id}/groups/${group.id}`);
});

test('at phone width a contributor answers a question and rates an activity', async ({
  scenario,
  facilitator,
  contributor: ana,
}) => {
  const assessmentId = scenario.assessmentId;
  const tag = `phone-${crypto.randomBytes(3).toString('hex')}`;

  // Answering: the editor and the evaluation are reachable and usable by touch.
  await ana.goto(`/assessments/${assessmentId}/checklist/transparency`);
  await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  const question = ana.locator('#q-transparency\\.14');
  await question.scrollIntoViewIfNeeded();
  const answer = question.getByRole('textbox', { name: 'Answer to question 14' });
  await answer.tap();
  await ana.keyboard.press('ControlOrMeta+End');
  await ana.keyboard.type(` ${tag}`);
  await expect(answer).toContainText(tag);
  await question.getByLabel('Evaluation of question 14').selectOption('in-place');
  await expect(question.getByText('✓ Answered')).toBeVisible();
  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  expect((await overflow(ana)).scrollWidth).toBeLessThanOrEqual(PHONE.width);

  // Rating: the facilitator opens a round; the contributor taps a cell to rate it.
  const title = `Phone-rated activity ${crypto.randomBytes(3).toString('hex')}`;
  const activityId = await addActivity(facilitator, assessmentId, title);
  const priorities = new Priorities(facilitator);
  await priorities.open(assessmentId);
  await priorities.openRound([title]);
  await expect(facilitator.getByTestId('round-status')).toHaveText(/Open rating round/);

  await ana.goto(`/assessments/${assessmentId}/priorities`);
  await expect(ana.getByRole('grid', { name: 'Your ratings' })).toBeVisible();
  const cell = ana.getByTestId(`cell-${activityId}-importance`);
  await cell.scrollIntoViewIfNeeded();
  await cell.tap();
  await expect(cell).toHaveText('Low');
  await cell.tap();
  await expect(cell).toHaveText('Medium');
  // A tap target of at least 44 × 44 CSS pixels (WCAG 2.5.5's size, kept here for rating).
  const box = (await cell.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect((await overflow(ana)).scrollWidth).toBeLessThanOrEqual(PHONE.width);

  await priorities.closeRound();
  await expect(facilitator.getByTestId('round-status')).toHaveText(/Closed rating round/);
});
