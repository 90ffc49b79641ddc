import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './scenario';

// Video-meeting links: the facilitator puts one on a session and one on a breakout group through
// their forms; members find the session's on its card, in its calendar file and in the live bar
// while it runs; the group's own members find the group's, the other groups do not. Every link
// opens in a new tab. Group A holds Ana and key factor 1; Ben is in Group B (the demo's shape).

/** The meeting links of a page, by where they lead. */
const meetingLinks = (page: Page, url: string): Locator => page.locator(`a[href="${url}"]`);

/** No serious or critical WCAG 2.1 AA violation where the links are shown. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('main')
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

async function expectOpensInNewTab(link: Locator, url: string, name: RegExp): Promise<void> {
  await expect(link).toHaveAccessibleName(name);
  await expect(link).toHaveAttribute('href', url);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
}

test('a session’s and a group’s meeting link, set in the forms and shown where their people are', async ({
  scenario,
  facilitator,
  contributor: ana,
  contributor2: ben,
}) => {
  const id = scenario.assessmentId;
  const base = `/assessments/${id}`;
  const tag = crypto.randomBytes(3).toString('hex');
  const sessionTitle = `Plenary with a link ${tag}`;
  const sessionUrl = `https://meet.jit.si/IDG-Plenary-${tag}`;
  const groupUrl = `https://customs.webex.com/meet/group-a-${tag}`;
  const runningTitle = `Running with a link ${tag}`;
  const runningUrl = `https://teams.microsoft.com/l/meetup-join/${tag}`;

  // The facilitator schedules a session with its link.
  await facilitator.goto(`${base}/sessions`);
  const form = facilitator.getByRole('form', { name: 'Schedule a session' });
  await form.getByLabel('Title').fill(sessionTitle);
  await form.getByLabel(/^Date/).fill('2030-03-12');
  await form.getByLabel(/^Start time/).fill('14:00');
  await form.getByLabel('Video meeting link').fill('http://meet.jit.si/not-secure');
  await form.getByRole('button', { name: 'Schedule session' }).click();
  await expect(
    form.getByRole('alert').filter({ hasText: 'Enter a meeting link starting with https://' }),
  ).toBeVisible();
  await form.getByLabel('Video meeting link').fill(sessionUrl);
  await form.getByRole('button', { name: 'Schedule session' }).click();
  const card = facilitator.getByRole('article', { name: sessionTitle });
  await expect(card.getByRole('link', { name: /Join the video meeting/ })).toHaveAttribute('href', sessionUrl);

  // And Group A's, in the group's editor.
  await facilitator.goto(`${base}/groups`);
  const groupA = facilitator.getByRole('region', { name: 'Group A', exact: true });
  await groupA.getByText('Edit Group A').click();
  await groupA.getByLabel('Video meeting link').fill(groupUrl);
  await groupA.getByRole('button', { name: 'Save group' }).click();
  await expect(meetingLinks(facilitator, groupUrl)).toHaveCount(1);

  // Ana finds the session's link on its card and opens it in a new tab.
  await ana.goto(`${base}/sessions`);
  const anaCard = ana.getByRole('article', { name: sessionTitle });
  const sessionLink = anaCard.getByRole('link', { name: /Join the video meeting/ });
  await expectOpensInNewTab(
    sessionLink,
    sessionUrl,
    new RegExp(`^Join the video meeting \\(meet\\.jit\\.si\\): ${sessionTitle} \\(opens in a new tab\\)$`),
  );
  // No video service is reached from the test: the new tab gets a stand-in page.
  await ana.context().route('https://meet.jit.si/**', (route) => route.fulfill({ body: 'the meeting' }));
  const [tab] = await Promise.all([ana.context().waitForEvent('page'), sessionLink.click()]);
  await expect(tab).toHaveURL(sessionUrl);
  await tab.close();
  await expectAccessible(ana);
  // The calendar file carries it too.
  const ics = await ana.request.get(
    (await anaCard.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href'))!,
  );
  expect((await ics.text()).replace(/\r\n /g, '')).toContain(`URL:${sessionUrl}`);

  // Her group's link: on the groups page, and on her group's area.
  await ana.goto(`${base}/groups`);
  await expectOpensInNewTab(
    ana.getByRole('region', { name: 'Group A', exact: true }).getByRole('link', { name: /Join the video meeting/ }),
    groupUrl,
    /^Join the video meeting \(customs\.webex\.com\): Group A \(opens in a new tab\)$/,
  );
  await expectAccessible(ana);
  await ana.goto(`${base}/checklist/leadership-commitment`);
  await expect(meetingLinks(ana, groupUrl)).toHaveCount(1);

  // Ben, in Group B, sees Group A but not its way in; the session's link he does see.
  await ben.goto(`${base}/groups`);
  await expect(ben.getByRole('region', { name: 'Group A', exact: true })).toBeVisible();
  await expect(meetingLinks(ben, groupUrl)).toHaveCount(0);
  await ben.goto(`${base}/checklist/leadership-commitment`);
  await expect(ben.getByRole('link', { name: /All areas/ })).toBeVisible();
  await expect(meetingLinks(ben, groupUrl)).toHaveCount(0);
  const groupsJson = await (await ben.request.get(`/api/assessments/${id}/groups`)).text();
  expect(groupsJson).not.toContain(groupUrl);

  // A session that runs now offers its link in the live bar, to everyone.
  const started = new Date(Date.now() - 10 * 60_000).toISOString();
  const res = await facilitator.request.post(`/api/assessments/${id}/sessions`, {
    data: { title: runningTitle, startsAt: started, durationMinutes: 60, agenda: [], meetingUrl: runningUrl },
  });
  expect(res.status()).toBe(201);
  await ben.goto(`${base}/groups`);
  const live = ben.getByTestId('live-meetings');
  await expect(live).toContainText(`${runningTitle} is running:`);
  await expectOpensInNewTab(
    live.getByRole('link', { name: /Join the video meeting/ }),
    runningUrl,
    new RegExp(`^Join the video meeting \\(teams\\.microsoft\\.com\\): ${runningTitle} \\(opens in a new tab\\)$`),
  );
});
