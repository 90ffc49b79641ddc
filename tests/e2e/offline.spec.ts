import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { signIn } from './fixtures';
import { ChecklistArea } from './pages/checklist-area';
import { expect, test } from './scenario';

// Offline reloads: an area's answers are kept in the browser (IndexedDB) and its page
// by a service worker, so a reload without a network still shows the page, what was typed and
// how much the server has not yet confirmed; back online, it all reaches the server. Sign-out
// forgets the lot.
const QUESTION = 'transparency.21';
const ZChecklistSchema = z.object({ questions: z.array(z.object({ key: z.string(), answer: z.string() })) });

async function openArea(page: Page, assessmentId: string, status: 'Connected' | 'Offline') {
  const area = new ChecklistArea(page);
  await area.open(assessmentId, 'transparency', status);
  return area.answer(QUESTION);
}

/** The answer once the page, reloaded, says it is `status`. */
async function areaAnswer(page: Page, status: 'Connected' | 'Offline') {
  const area = new ChecklistArea(page);
  await area.expectStatus(status);
  return area.answer(QUESTION);
}

/** The answer as the server has it (the persisted document, not this browser's copy). */
async function serverAnswer(page: Page, assessmentId: string): Promise<string> {
  const res = await page.request.get(`/api/assessments/${assessmentId}/checklist`);
  expect(res.ok()).toBe(true);
  return ZChecklistSchema.parse(await res.json()).questions.find((q) => q.key === QUESTION)?.answer ?? '';
}

/** Whether the service worker controls the page and holds a copy of it. */
function pageKeptOffline(page: Page): Promise<boolean> {
  return page.evaluate(
    async () =>
      Boolean(navigator.serviceWorker.controller) &&
      Boolean(await caches.match(window.location.origin + window.location.pathname)),
  );
}

function offlineStorage(page: Page): Promise<{ caches: string[]; dbs: string[]; kept: string[] }> {
  return page.evaluate(async () => ({
    caches: (await caches.keys()).filter((k) => k.startsWith('idg-offline-')),
    dbs: (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('idg-offline')),
    kept: Object.keys(localStorage).filter((k) => k.startsWith('idg-offline')),
  }));
}

test('a reload without a network shows the answers, and they reach the server when it returns', async ({
  scenario,
  contributor: ana,
  externalContributor: tomas,
}) => {
  const id = scenario.assessmentId;
  const online = `Online-${crypto.randomBytes(3).toString('hex')}`;
  const offline = `Offline-${crypto.randomBytes(3).toString('hex')}`;

  const answer = await openArea(ana, id, 'Connected');
  await expect.poll(() => pageKeptOffline(ana), { timeout: 20_000 }).toBe(true);
  await new ChecklistArea(ana).typeAtEnd(answer, online);
  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  expect(await serverAnswer(ana, id)).toContain(online);

  await ana.context().setOffline(true);
  await expect(ana.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await new ChecklistArea(ana).typeAtEnd(answer, offline);
  await expect(ana.getByTestId('unsynced-changes')).toContainText('not yet on the server');

  // The reload, at once: the page from the service worker, the answer from IndexedDB (and the last
  // keystrokes, whose IndexedDB writes a reload can abort, from the copy written as the page went),
  // the count from beside it.
  await ana.reload();
  const again = await areaAnswer(ana, 'Offline');
  await expect(again).toContainText(online);
  await expect(again).toContainText(offline);
  await expect(ana.getByTestId('unsynced-changes')).toContainText('not yet on the server');
  expect(await serverAnswer(ana, id)).not.toContain(offline);
  expect((await offlineStorage(ana)).kept).toHaveLength(1);

  await ana.context().setOffline(false);
  await expect(ana.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  await expect.poll(() => serverAnswer(ana, id)).toContain(offline);
  // Confirmed by the server: the copy written as the page went is no longer needed.
  await expect.poll(async () => (await offlineStorage(ana)).kept).toEqual([]);
  // Another member of the group, in another browser, gets it live from the server.
  const theirs = await openArea(tomas, id, 'Connected');
  await expect(theirs).toContainText(offline);
  await expect(theirs).toContainText(online);

  // Sign-out forgets the cached pages, the worker and the documents kept for Ana.
  expect((await offlineStorage(ana)).dbs.length).toBeGreaterThan(0);
  await ana.getByRole('button', { name: 'Sign out' }).click();
  await ana.waitForURL(/\/sign-in/);
  // A database still open in the page being left goes as soon as that page closes it.
  await expect.poll(() => offlineStorage(ana)).toEqual({ caches: [], dbs: [], kept: [] });
  expect(await ana.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('two accounts on one browser keep separate copies, and pages not opened online are not kept', async ({
  scenario,
  contributor: ana,
}) => {
  const id = scenario.assessmentId;
  const marker = `Ana-${crypto.randomBytes(3).toString('hex')}`;
  const answer = await openArea(ana, id, 'Connected');
  await expect.poll(() => pageKeptOffline(ana), { timeout: 20_000 }).toBe(true);
  await new ChecklistArea(ana).typeAtEnd(answer, marker);
  await expect(ana.getByTestId('unsynced-changes')).toHaveText('All changes saved');

  // Ben signs in on the same browser without Ana signing out (her session simply replaced).
  await signIn(ana.context(), scenario.members.contributor2!.email, scenario.password);
  await openArea(ana, id, 'Connected');
  await expect(ana.getByText('Signed in as Ben Contributor')).toBeVisible();
  await expect.poll(() => pageKeptOffline(ana), { timeout: 20_000 }).toBe(true);
  // One kept page cache (Ben's; Ana's went when Ben's page said whose it is), one document per account.
  await expect
    .poll(async () => (await offlineStorage(ana)).caches.filter((k) => k.startsWith('idg-offline-pages-')).length)
    .toBe(1);
  const dbs = (await offlineStorage(ana)).dbs.filter((n) => n.endsWith('.factor.transparency'));
  expect(new Set(dbs.map((n) => n.split(':')[1])).size).toBe(2);

  await ana.context().setOffline(true);
  await ana.reload();
  await areaAnswer(ana, 'Offline');
  await expect(ana.getByText('Signed in as Ben Contributor')).toBeVisible();
  // Only area pages opened online are kept: another area fails like any page without a network.
  await expect(ana.goto(`/assessments/${id}/checklist/automation`)).rejects.toThrow();
  await ana.context().setOffline(false);
});
