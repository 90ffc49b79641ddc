// Playwright actors: each fixture is one person in their own browser context, signed in
// through next-auth's CSRF + credentials endpoints (not the form, which has its own test).
// The demo users are seeded by scripts/e2e-server.ts; tests that need users of their own
// create them with `createUser` so that no two tests share an account's state.
import crypto from 'node:crypto';
import { type Browser, type BrowserContext, type Locator, type Page, test as base, expect } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { z } from 'zod';

/** Password of every demo user (the seed reads the same variable). */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'integrity-demo';

/** The seeded demo users, by the part they play in tests. */
export const DEMO_USERS = {
  facilitator: 'facilitator@demo.test',
  localFacilitator: 'local@demo.test',
  senior: 'senior@demo.test',
  contributor: 'ana@demo.test',
  contributor2: 'ben@demo.test',
  externalContributor: 'trader@demo.test',
  observer: 'observer@demo.test',
} as const;

/** Title of the seeded demo assessment. */
export const DEMO_ASSESSMENT_TITLE = 'Demo Customs Administration';

/**
 * The id of the seeded demo assessment as `page`'s user sees it. Found by title: other tests
 * create assessments of their own, and the list is newest first.
 */
export async function demoAssessmentId(page: Page): Promise<string> {
  const res = await page.request.get('/api/assessments');
  if (!res.ok()) throw new Error(`GET /api/assessments answered ${res.status()}`);
  const { assessments } = (await res.json()) as { assessments: { id: string; title: string }[] };
  const demo = assessments.find((a) => a.title === DEMO_ASSESSMENT_TITLE);
  if (!demo) throw new Error('the demo assessment is not among this user’s assessments');
  return demo.id;
}

export type TTestUser = { id: string; email: string; name: string; password: string };

const ZCsrfSchema = z.object({ csrfToken: z.string().min(1) });
const ZSignInSchema = z.object({ url: z.string() });
const ZSessionSchema = z.object({ user: z.object({ email: z.string() }).optional() });
const ZCreatedUserSchema = z.object({ id: z.string() });

/**
 * Signs `email` in within `context`: the session cookie lands in the context, so its pages,
 * its `request` and the browser's WebSockets all carry it. Throws when the sign-in fails.
 */
/**
 * On a group's open findings page, the rapporteur adds a proposed activity with `text` and cites
 * the first question the picker offers; returns the cited question's key and the activity's item.
 */
export async function proposeActivity(page: Page, text: string): Promise<{ cited: string; item: Locator }> {
  const activities = page.getByRole('region', { name: /Proposed activities/ });
  const add = activities.getByRole('button', { name: '+ Add proposed activity' });
  // Enabled once the group's document has synced: counted earlier, the list may still be empty.
  await expect(add).toBeEnabled();
  const before = await activities.locator('ol > li').count();
  await add.click();
  await expect(activities.locator('ol > li')).toHaveCount(before + 1);
  const item = activities.locator('ol > li').last();
  await item.getByRole('textbox', { name: /Text of proposed activity/ }).click();
  await page.keyboard.type(text);
  const question = item.getByLabel('Question to cite');
  await question.selectOption({ index: 1 });
  const cited = await question.inputValue();
  await item.getByRole('button', { name: 'Cite' }).click();
  await expect(
    item.getByRole('list', { name: 'Cited questions' }).locator(`a[data-question-key="${cited}"]`),
  ).toBeVisible();
  await expect(page.getByTestId('unsynced-changes')).toHaveText('All changes saved');
  return { cited, item };
}

/** Adds a candidate activity through the API as `page`'s user (a facilitator); returns its id. */
export async function addActivity(page: Page, assessmentId: string, title: string): Promise<string> {
  const res = await page.request.post(`/api/assessments/${assessmentId}/activities`, {
    data: { title, description: 'Added by the e2e test.' },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

export async function signIn(context: BrowserContext, email: string, password: string): Promise<void> {
  const csrf = await context.request.get('/api/auth/csrf');
  if (!csrf.ok()) throw new Error(`GET /api/auth/csrf answered ${csrf.status()}`);
  const { csrfToken } = ZCsrfSchema.parse(await csrf.json());

  const res = await context.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
  });
  // next-auth answers a failed sign-in too with 200 and a URL, one that carries `error=`.
  const body = res.ok() ? ZSignInSchema.safeParse(await res.json()) : null;
  if (!body?.success || new URL(body.data.url, 'http://x').searchParams.has('error')) {
    throw new Error(`sign-in of ${email} failed (${res.status()}${body?.success ? `, ${body.data.url}` : ''})`);
  }

  const session = ZSessionSchema.parse(await (await context.request.get('/api/auth/session')).json());
  if (session.user?.email !== email) throw new Error(`sign-in of ${email} left no session`);
}

type TActorFixtures = {
  /** The external facilitator (EF) of the demo assessment. */
  facilitator: Page;
  /** The local facilitator (LF): a co-facilitator of the demo assessment. */
  localFacilitator: Page;
  /** Ana, an internal contributor (IC). */
  contributor: Page;
  /** Ben, a second internal contributor (IC), in Group B. */
  contributor2: Page;
  /** Tomás, an external contributor (XC) in Ana's Group A. */
  externalContributor: Page;
  /** The observer (OBS): read only. */
  observer: Page;
  /** Senior management (SM). */
  senior: Page;
  /** Creates a user of this test alone, with a unique email and a password. */
  createUser: (options?: { name?: string }) => Promise<TTestUser>;
  /** A page in a fresh browser context signed in as the given user; closed after the test. */
  signInAs: (email: string, password?: string) => Promise<Page>;
};

/**
 * A page whose goto and reload also wait until React has hydrated what they load: the root
 * (`<html data-hydrated>`, components/layout/hydration-mark.tsx) and every link, button and field
 * of `main`, which React may hydrate later, piece by piece (a part waits for the code of a panel
 * loaded with next/dynamic). A click on a server-rendered button before that does nothing, and a
 * value typed into a field is replaced by the field's initial state; on a busy machine that is
 * seconds after `load`. No named functions in the page function: tsx would wrap them in a helper
 * the page does not have.
 */
function waitingForHydration(page: Page): Page {
  const hydrated = async (): Promise<void> => {
    // A page that is not ours (a download, an error page) has no mark: do not wait forever for it.
    await page
      .waitForFunction(
        () => {
          if (document.documentElement.dataset.hydrated !== 'true') return false;
          const controls = [...document.querySelectorAll('main :is(a[href], button, input, select, textarea)')];
          return controls
            .filter((el) => !el.closest('.ProseMirror'))
            .every((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')));
        },
        undefined,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const res = await goto(...args);
    await hydrated();
    return res;
  };
  page.reload = async (...args) => {
    const res = await reload(...args);
    await hydrated();
    return res;
  };
  return page;
}

/** A signed-in page in its own context; the caller closes the context. */
async function actorPage(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  // browser.newContext() does not take the config's `use` options; baseURL must be passed on.
  const context = await browser.newContext({ baseURL });
  try {
    await signIn(context, email, password);
    return { context, page: waitingForHydration(await context.newPage()) };
  } catch (err) {
    await context.close();
    throw err;
  }
}

function actor(email: string) {
  return async (
    { browser, baseURL }: { browser: Browser; baseURL: string | undefined },
    provide: (page: Page) => Promise<void>,
  ) => {
    const { context, page } = await actorPage(browser, baseURL, email, DEMO_PASSWORD);
    await provide(page);
    await context.close();
  };
}

// Fixture callbacks are named `provide`, not Playwright's usual `use`: the React hooks lint
// takes a call to `use` for React's use().
export const test = base.extend<TActorFixtures>({
  facilitator: actor(DEMO_USERS.facilitator),
  localFacilitator: actor(DEMO_USERS.localFacilitator),
  contributor: actor(DEMO_USERS.contributor),
  contributor2: actor(DEMO_USERS.contributor2),
  externalContributor: actor(DEMO_USERS.externalContributor),
  observer: actor(DEMO_USERS.observer),
  senior: actor(DEMO_USERS.senior),

  createUser: async ({ request }, provide, testInfo) => {
    let n = 0;
    await provide(async (options = {}) => {
      n += 1;
      // Unique per test, per call and per run, so reruns against a reused server still work.
      const tag = `${testInfo.testId}-${n}-${crypto.randomBytes(3).toString('hex')}`.toLowerCase();
      const user = {
        email: `user-${tag}@e2e.test`,
        name: options.name ?? `Test user ${n}`,
        password: crypto.randomBytes(12).toString('base64url'),
      };
      const res = await request.post('/__e2e/users', { data: user });
      if (!res.ok())
        throw new Error(
          `creating ${user.email} failed: ${res.status()} ${await res.text()} (is the server scripts/e2e-server.ts?)`,
        );
      return { ...ZCreatedUserSchema.parse(await res.json()), ...user };
    });
  },

  signInAs: async ({ browser, baseURL }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (email, password = DEMO_PASSWORD) => {
      const { context, page } = await actorPage(browser, baseURL, email, password);
      contexts.push(context);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };

/** A y-websocket client for one document, signed in with `page`'s session cookie; resolves once synced. */
export async function openDoc(
  page: Page,
  baseURL: string,
  docName: string,
): Promise<{ doc: Y.Doc; close: () => Promise<void> }> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/yjs`, docName, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await expect.poll(() => provider.synced, { message: `sync of ${docName}` }).toBe(true);
  return {
    doc,
    close: async () => {
      // The server acknowledges only what it has logged; give the last update time to leave.
      await new Promise((r) => setTimeout(r, 500));
      provider.destroy();
      doc.destroy();
    },
  };
}
