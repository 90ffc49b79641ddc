// The authorisation matrix, end to end: every API route handler of app/api/**/route.ts and every
// main page, requested as each role of an assessment of this file's (EF, LF, NCP, SM, IC, XC, OBS), as a
// signed-in non-member and as an anonymous visitor, against the running e2e server. Each row
// names who is let through and with what status; everyone else must get the denial for who they
// are: 401 anonymous, 404 non-member (existence is not revealed), 403 a member whose role does
// not allow it. Pages: 200, 403, 404, and a redirect to /sign-in for anonymous visitors.
//
// Conventions, so that no request here changes anything:
// - Mutations send a harmless invalid body (a JSON string where an object is expected). A 400
//   therefore proves the permission check passed (every handler checks access before parsing).
// - Sub-resources are addressed by an id that does not exist (FAKE): once past the check, the
//   handler answers 400 (invalid body) or 404 (no such thing); a DELETE has no body, so 404.
// Not here: next-auth's own /api/auth/* endpoints (its CSRF token and credentials flow are what
// every actor signs in through); the Yjs upgrade per document and role, tested directly in
// tests/integration/security-doc-access.test.ts; socket.io facilitator events (a contributor's
// forged event refused and audited) in tests/integration/live-room.test.ts.
import crypto from 'node:crypto';
import { type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { signIn } from './fixtures';
import { DEMO_SHAPE, createScenario, expect, test } from './scenario';

type TRole = 'EF' | 'LF' | 'NCP' | 'SM' | 'IC' | 'XC' | 'OBS';
type TActor = TRole | 'nonMember' | 'anonymous';
const ROLES: readonly TRole[] = ['EF', 'LF', 'NCP', 'SM', 'IC', 'XC', 'OBS'];
const ACTORS: readonly TActor[] = [...ROLES, 'nonMember', 'anonymous'];

// Who holds which action (lib/domain/access/permissions.ts), as role lists.
const ALL = ROLES;
const FAC: readonly TRole[] = ['EF', 'LF', 'NCP'];
const CONTRIBUTE: readonly TRole[] = [...FAC, 'IC', 'XC'];
const COMMENT: readonly TRole[] = [...FAC, 'SM', 'IC', 'XC'];
const ADOPT: readonly TRole[] = [...FAC, 'SM'];
// Monitoring: anyone who may be responsible for an activity reports on it (the owner check per
// activity comes after); facilitators and internal contributors measure KPIs.
const REPORT: readonly TRole[] = [...FAC, 'SM', 'IC', 'XC'];
const MEASURE: readonly TRole[] = [...FAC, 'IC'];

const FAKE = '00000000-0000-4000-8000-000000000000';
/** A harmless invalid body: valid JSON, but never the object a handler expects. */
const INVALID = '"not an object"';

type TMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/**
 * One row: a request inside the demo assessment (path after /api/assessments/<id>), who passes and with what status.
 */
type TRow = { method: TMethod; path: string; allowed: readonly TRole[]; ok: number };

const ASSESSMENT_ROUTES: readonly TRow[] = [
  { method: 'GET', path: '', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/activities', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/activities', allowed: FAC, ok: 400 },
  { method: 'PATCH', path: `/activities/${FAKE}`, allowed: FAC, ok: 400 },
  { method: 'PUT', path: `/activities/${FAKE}/agreed`, allowed: FAC, ok: 400 },
  { method: 'POST', path: `/activities/${FAKE}/merge`, allowed: FAC, ok: 400 },
  // Takes no body and is idempotent (it adds only activities not gathered yet): a real call.
  { method: 'POST', path: '/activities/gather', allowed: FAC, ok: 200 },
  // Answer flags: read by facilitators and senior management, set and cleared by facilitators (a
  // DELETE without a question: 400).
  { method: 'GET', path: '/answer-flags', allowed: ADOPT, ok: 200 },
  { method: 'PUT', path: '/answer-flags', allowed: FAC, ok: 400 },
  { method: 'DELETE', path: '/answer-flags', allowed: FAC, ok: 400 },
  { method: 'GET', path: '/areas/transparency/discussion', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/checklist', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/checklist.xlsx', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/checklist/questions', allowed: FAC, ok: 400 },
  { method: 'POST', path: '/checklist/hidden', allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/checklist/hidden/${FAKE}`, allowed: FAC, ok: 404 },
  { method: 'GET', path: '/checklist/translation', allowed: ALL, ok: 200 },
  { method: 'PUT', path: '/checklist/translation', allowed: FAC, ok: 400 },
  // The demo assessment has no imported translation: nothing to remove.
  { method: 'DELETE', path: '/checklist/translation', allowed: FAC, ok: 404 },
  { method: 'GET', path: '/checklist/translation/template', allowed: FAC, ok: 200 },
  { method: 'GET', path: '/dashboard', allowed: FAC, ok: 200 },
  { method: 'GET', path: '/activity-log', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/activity-log', allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/activity-log/${FAKE}`, allowed: FAC, ok: 404 },
  { method: 'GET', path: '/documents', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/documents', allowed: CONTRIBUTE, ok: 400 },
  { method: 'GET', path: '/documents/links?area=transparency', allowed: ALL, ok: 200 },
  { method: 'GET', path: `/documents/${FAKE}`, allowed: ALL, ok: 404 },
  { method: 'PATCH', path: `/documents/${FAKE}`, allowed: ALL, ok: 400 },
  { method: 'DELETE', path: `/documents/${FAKE}`, allowed: ALL, ok: 404 },
  { method: 'GET', path: `/documents/${FAKE}/file`, allowed: ALL, ok: 404 },
  { method: 'PUT', path: `/documents/${FAKE}/review`, allowed: ALL, ok: 400 },
  { method: 'GET', path: `/evidence/${FAKE}`, allowed: ALL, ok: 404 },
  { method: 'DELETE', path: `/evidence/${FAKE}`, allowed: ALL, ok: 404 },
  { method: 'GET', path: '/feedback', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/feedback', allowed: ALL, ok: 400 },
  { method: 'PUT', path: '/feedback/settings', allowed: FAC, ok: 400 },
  { method: 'POST', path: `/findings/${FAKE}/comments`, allowed: COMMENT, ok: 400 },
  { method: 'PUT', path: `/findings/${FAKE}/outcome`, allowed: FAC, ok: 400 },
  { method: 'GET', path: '/findings/citations', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/findings/outcomes', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/groups', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/groups', allowed: FAC, ok: 400 },
  { method: 'PATCH', path: `/groups/${FAKE}`, allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/groups/${FAKE}`, allowed: FAC, ok: 404 },
  { method: 'PUT', path: '/groups/allocation', allowed: FAC, ok: 400 },
  { method: 'GET', path: '/groups/suggestion', allowed: FAC, ok: 200 },
  { method: 'GET', path: '/invitations', allowed: FAC, ok: 200 },
  { method: 'POST', path: '/invitations', allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/invitations/${FAKE}`, allowed: FAC, ok: 404 },
  { method: 'GET', path: '/kpis', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/kpis', allowed: CONTRIBUTE, ok: 400 },
  { method: 'GET', path: `/kpis/${FAKE}`, allowed: ALL, ok: 404 },
  { method: 'PUT', path: `/kpis/${FAKE}`, allowed: CONTRIBUTE, ok: 400 },
  { method: 'POST', path: `/kpis/${FAKE}/example`, allowed: CONTRIBUTE, ok: 404 },
  { method: 'PATCH', path: `/members/${FAKE}`, allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/members/${FAKE}`, allowed: FAC, ok: 404 },
  { method: 'GET', path: '/monitoring', allowed: ALL, ok: 200 },
  { method: 'PUT', path: '/monitoring/settings', allowed: FAC, ok: 400 },
  { method: 'PUT', path: `/monitoring/activities/${FAKE}`, allowed: REPORT, ok: 400 },
  { method: 'GET', path: `/monitoring/activities/${FAKE}/updates`, allowed: ALL, ok: 200 },
  { method: 'POST', path: `/monitoring/activities/${FAKE}/updates`, allowed: REPORT, ok: 400 },
  { method: 'POST', path: '/monitoring/measurements', allowed: MEASURE, ok: 400 },
  { method: 'POST', path: '/monitoring/measurements/import', allowed: MEASURE, ok: 400 },
  { method: 'GET', path: '/evaluations', allowed: ALL, ok: 200 },
  { method: 'PUT', path: '/evaluations', allowed: FAC, ok: 400 },
  { method: 'GET', path: '/comparison', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/review-round', allowed: FAC, ok: 400 },
  // The matrix's assessment is a first round: there is no previous plan to sort.
  { method: 'GET', path: '/review-round/continuity', allowed: ALL, ok: 409 },
  { method: 'PUT', path: '/review-round/continuity', allowed: FAC, ok: 400 },
  { method: 'GET', path: '/plan', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/plan/consultations', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/plan/consultations', allowed: CONTRIBUTE, ok: 400 },
  { method: 'GET', path: '/plan/export', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/plan/submissions', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/plan/submissions', allowed: CONTRIBUTE, ok: 400 },
  { method: 'POST', path: `/plan/submissions/${FAKE}/decision`, allowed: ADOPT, ok: 400 },
  { method: 'GET', path: '/plan/where-used?question=transparency.1', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/priorities', allowed: ALL, ok: 200 },
  { method: 'PUT', path: '/priorities/weights', allowed: FAC, ok: 400 },
  { method: 'POST', path: '/questions/transparency.1/comments', allowed: COMMENT, ok: 400 },
  { method: 'GET', path: '/report.docx', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/report.pdf', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/report/preview', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/report/signoff', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/report/signoff', allowed: FAC, ok: 400 },
  { method: 'GET', path: '/run-of-show', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/sessions', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/sessions', allowed: FAC, ok: 400 },
  { method: 'PATCH', path: `/sessions/${FAKE}`, allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/sessions/${FAKE}`, allowed: FAC, ok: 404 },
  { method: 'GET', path: `/sessions/${FAKE}/attendance`, allowed: ALL, ok: 404 },
  { method: 'GET', path: `/sessions/${FAKE}/ics`, allowed: ALL, ok: 404 },
  { method: 'PATCH', path: '/steps/1', allowed: FAC, ok: 400 },
  // The demo has begun its workshop: the preview answers, saying the mode may no longer change.
  { method: 'GET', path: '/mode/preview?mode=1', allowed: FAC, ok: 200 },
  { method: 'PUT', path: '/mode', allowed: FAC, ok: 400 },
  { method: 'PUT', path: '/practices/6.1.1', allowed: FAC, ok: 400 },
  { method: 'PUT', path: '/self-assessment', allowed: FAC, ok: 400 },
  { method: 'PUT', path: `/self-assessment/members/${FAKE}`, allowed: FAC, ok: 400 },
  { method: 'GET', path: '/surveys', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/surveys', allowed: FAC, ok: 400 },
  { method: 'GET', path: `/surveys/${FAKE}`, allowed: ALL, ok: 404 },
  { method: 'PUT', path: `/surveys/${FAKE}`, allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/surveys/${FAKE}`, allowed: FAC, ok: 404 },
  { method: 'PUT', path: `/surveys/${FAKE}/status`, allowed: FAC, ok: 400 },
  { method: 'POST', path: `/surveys/${FAKE}/invitations`, allowed: FAC, ok: 400 },
  { method: 'GET', path: `/surveys/${FAKE}/results`, allowed: ALL, ok: 404 },
  { method: 'POST', path: `/surveys/${FAKE}/kpi`, allowed: FAC, ok: 400 },
  // Takes no body: past the check, the unknown survey answers 404.
  { method: 'POST', path: `/surveys/${FAKE}/library`, allowed: FAC, ok: 404 },
  { method: 'GET', path: '/terms-of-reference.docx', allowed: ALL, ok: 200 },
  { method: 'GET', path: '/pre-mission-report.docx', allowed: ALL, ok: 200 },
  // Governance records: everyone reads them, facilitators write them.
  { method: 'GET', path: '/terms-of-reference/approvals', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/terms-of-reference/approvals', allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/terms-of-reference/approvals/${FAKE}`, allowed: FAC, ok: 404 },
  { method: 'PUT', path: '/step-one', allowed: FAC, ok: 400 },
  { method: 'GET', path: '/plan/endorsements', allowed: ALL, ok: 200 },
  { method: 'POST', path: '/plan/endorsements', allowed: FAC, ok: 400 },
  { method: 'DELETE', path: `/plan/endorsements/${FAKE}`, allowed: FAC, ok: 404 },
];

/** Routes whose answer does not follow the membership pattern; the status expected per actor. */
type TSpecialRow = { method: TMethod; path: string; expect: Record<TActor, number> };
const everyone = (status: number, anonymous = 401): Record<TActor, number> => ({
  EF: status,
  LF: status,
  NCP: status,
  SM: status,
  IC: status,
  XC: status,
  OBS: status,
  nonMember: status,
  anonymous,
});
const SPECIAL_ROUTES: readonly TSpecialRow[] = [
  { method: 'GET', path: '/api/health', expect: everyone(200, 200) },
  { method: 'GET', path: '/api/assessments', expect: everyone(200) },
  // Creating an assessment: administrators and holders of a facilitator role anywhere.
  { method: 'POST', path: '/api/assessments', expect: { ...everyone(403), EF: 400, LF: 400, NCP: 400 } },
  { method: 'PATCH', path: '/api/me', expect: everyone(400) },
  // Open without a session (the invitation's token is the credential).
  { method: 'POST', path: '/api/invitations/accept', expect: everyone(400, 400) },
  // A survey's public answer endpoint: open without a session (the link's token is the key); an
  // unknown link is answered 404 before its body is read.
  { method: 'POST', path: `/api/survey/${'x'.repeat(43)}`, expect: everyone(404, 404) },
  // A visitor's language choice (a cookie): open to all, the body is checked.
  { method: 'POST', path: '/api/locale', expect: everyone(400, 400) },
];

/** Main pages (path after /assessments/<id>) and who may open them; others see 403 or 404. */
const ASSESSMENT_PAGES: readonly { path: string; allowed: readonly TRole[] }[] = [
  { path: '', allowed: ALL },
  { path: '/checklist', allowed: ALL },
  { path: '/checklist/transparency', allowed: ALL },
  { path: '/library', allowed: ALL },
  { path: '/surveys', allowed: ALL },
  { path: '/groups', allowed: ALL },
  { path: '/report-back', allowed: ALL },
  { path: '/priorities', allowed: ALL },
  { path: '/dashboard', allowed: FAC },
  { path: '/cockpit', allowed: FAC },
  { path: '/plan', allowed: ALL },
  { path: '/plan/kpis', allowed: ALL },
  { path: '/plan/print', allowed: ALL },
  { path: '/monitoring', allowed: ALL },
  { path: '/monitoring/kpis', allowed: ALL },
  { path: '/monitoring/report', allowed: ALL },
  { path: '/monitoring/evaluation', allowed: ALL },
  { path: '/review', allowed: ALL },
  { path: '/members', allowed: ALL },
  { path: '/practices', allowed: ALL },
  { path: '/sessions', allowed: ALL },
  { path: '/feedback', allowed: ALL },
  { path: '/report', allowed: ALL },
  { path: '/terms-of-reference', allowed: ALL },
  { path: '/pre-mission-report', allowed: ALL },
];

/** The status an actor should get: the row's when allowed, else the denial for who they are. */
function expected(actor: TActor, allowed: readonly TRole[], ok: number): number {
  if (actor === 'anonymous') return 401;
  if (actor === 'nonMember') return 404;
  return allowed.includes(actor) ? ok : 403;
}

async function send(request: APIRequestContext, method: TMethod, url: string): Promise<number> {
  const mutation = method !== 'GET';
  const res = await request.fetch(url, {
    method,
    maxRedirects: 0,
    ...(mutation && method !== 'DELETE' ? { headers: { 'content-type': 'application/json' }, data: INVALID } : {}),
  });
  return res.status();
}

/** A user of this run alone, created through the e2e server's test route. */
async function newUser(request: APIRequestContext, name: string): Promise<{ email: string; password: string }> {
  const user = {
    email: `authz-${name}-${crypto.randomBytes(4).toString('hex')}@e2e.test`,
    name,
    password: crypto.randomBytes(12).toString('base64url'),
  };
  const res = await request.post('/__e2e/users', { data: user });
  if (!res.ok()) throw new Error(`creating ${user.email} failed: ${res.status()}`);
  return user;
}

test.describe('authorisation matrix', () => {
  const contexts = new Map<TActor, BrowserContext>();
  let assessmentId = '';

  const ctx = (actor: TActor): BrowserContext => {
    const c = contexts.get(actor);
    if (!c) throw new Error(`no context for ${actor}`);
    return c;
  };

  test.beforeAll(async ({ browser, baseURL }: { browser: Browser; baseURL: string | undefined }) => {
    test.setTimeout(60_000);
    // The demo's working group and a national contact point, which the demo lacks.
    const anonymous = await browser.newContext({ baseURL });
    contexts.set('anonymous', anonymous);
    const scenario = await createScenario(anonymous.request, {
      ...DEMO_SHAPE,
      members: [...DEMO_SHAPE.members, { key: 'ncp', name: 'Nadia Contact', role: 'NCP' }],
    });
    assessmentId = scenario.assessmentId;
    const memberOfRole: Record<TRole, string> = {
      EF: 'facilitator',
      LF: 'localFacilitator',
      NCP: 'ncp',
      SM: 'senior',
      IC: 'contributor',
      XC: 'externalContributor',
      OBS: 'observer',
    };
    for (const role of ROLES) {
      const c = await browser.newContext({ baseURL });
      await signIn(c, scenario.members[memberOfRole[role]]!.email, scenario.password);
      contexts.set(role, c);
    }

    const stranger = await newUser(anonymous.request, 'stranger');
    const strangerContext = await browser.newContext({ baseURL });
    await signIn(strangerContext, stranger.email, stranger.password);
    contexts.set('nonMember', strangerContext);
  });

  test.afterAll(async () => {
    await Promise.all([...contexts.values()].map((c) => c.close()));
  });

  for (const row of ASSESSMENT_ROUTES) {
    test(`${row.method} /api/assessments/:id${row.path}`, async () => {
      const got: Partial<Record<TActor, number>> = {};
      const want: Partial<Record<TActor, number>> = {};
      for (const actor of ACTORS) {
        got[actor] = await send(ctx(actor).request, row.method, `/api/assessments/${assessmentId}${row.path}`);
        want[actor] = expected(actor, row.allowed, row.ok);
      }
      expect(got).toEqual(want);
    });
  }

  for (const row of SPECIAL_ROUTES) {
    test(`${row.method} ${row.path}`, async () => {
      const got: Partial<Record<TActor, number>> = {};
      for (const actor of ACTORS) got[actor] = await send(ctx(actor).request, row.method, row.path);
      expect(got).toEqual(row.expect);
    });
  }

  for (const page of ASSESSMENT_PAGES) {
    test(`page /assessments/:id${page.path}`, async () => {
      const url = `/assessments/${assessmentId}${page.path}`;
      const got: Partial<Record<TActor, number | string>> = {};
      const want: Partial<Record<TActor, number | string>> = {};
      for (const actor of ACTORS) {
        const res = await ctx(actor).request.get(url, { maxRedirects: 0 });
        // Anonymous visitors are sent to sign in. (The signed-in layout redirects before the page
        // does, so the callbackUrl is /assessments rather than this page.)
        got[actor] =
          actor === 'anonymous' ? `${res.status()} ${(res.headers().location ?? '').split('?')[0]}` : res.status();
        want[actor] = actor === 'anonymous' ? '307 /sign-in' : expected(actor, page.allowed, 200);
      }
      expect(got).toEqual(want);
    });
  }

  test('the public survey page answers everyone, signed in or not', async () => {
    for (const actor of ACTORS) {
      const res = await ctx(actor).request.get(`/survey/${'x'.repeat(43)}`, { maxRedirects: 0 });
      expect(res.status(), actor).toBe(200);
    }
  });

  test('pages outside an assessment', async () => {
    for (const path of ['/assessments', '/profile']) {
      for (const actor of ACTORS) {
        const res = await ctx(actor).request.get(path, { maxRedirects: 0 });
        expect(res.status(), `${actor} ${path}`).toBe(actor === 'anonymous' ? 307 : 200);
      }
    }
  });
});

test.describe('CSRF defence on mutations', () => {
  // A sample across methods and features; every mutation goes through authedRoute's one check.
  const sample: readonly { method: Exclude<TMethod, 'GET'>; path: (id: string) => string }[] = [
    { method: 'POST', path: (id) => `/api/assessments/${id}/sessions` },
    { method: 'PATCH', path: () => '/api/me' },
    { method: 'PUT', path: (id) => `/api/assessments/${id}/priorities/weights` },
    { method: 'DELETE', path: (id) => `/api/assessments/${id}/groups/${FAKE}` },
    { method: 'POST', path: (id) => `/api/assessments/${id}/questions/transparency.1/comments` },
    { method: 'POST', path: () => '/api/invitations/accept' },
  ];

  test('a cross-origin mutation is refused 403, a form post 415, and same-origin JSON gets through', async ({
    scenario,
    facilitator,
    baseURL,
  }) => {
    const id = scenario.assessmentId;
    const init = (
      method: TMethod,
      origin: string,
    ): { method: TMethod; headers: Record<string, string>; data?: string } =>
      method === 'DELETE'
        ? { method, headers: { origin } }
        : { method, headers: { origin, 'content-type': 'application/json' }, data: INVALID };
    for (const { method, path } of sample) {
      const url = path(id);
      const evil = await facilitator.request.fetch(url, init(method, 'https://evil.example'));
      expect(evil.status(), `${method} ${url} from another origin`).toBe(403);
      if (method !== 'DELETE') {
        const form = await facilitator.request.fetch(url, { method, form: { title: 'x' } });
        expect(form.status(), `${method} ${url} form-encoded`).toBe(415);
      }
      // Same origin, JSON: past the CSRF check (the invalid body then answers 400; DELETE 404).
      const same = await facilitator.request.fetch(url, init(method, new URL(baseURL ?? 'http://localhost').origin));
      expect([400, 404], `${method} ${url} same-origin`).toContain(same.status());
    }
  });
});

test.describe('security headers', () => {
  test('pages and API answers carry the CSP and the other security headers', async ({ request }) => {
    for (const path of ['/sign-in', '/api/health']) {
      const headers = (await request.get(path)).headers();
      const csp = headers['content-security-policy'] ?? '';
      for (const directive of [
        "default-src 'self'",
        "connect-src 'self' ws: wss:",
        "img-src 'self' data: blob:",
        "style-src 'self' 'unsafe-inline'",
        "script-src 'self' 'unsafe-inline'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "form-action 'self'",
      ]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      expect(headers['x-content-type-options']).toBe('nosniff');
      // The app frames its own report preview; no other site may frame it (no other source listed).
      expect(csp, path).toMatch(/frame-ancestors 'self'(;|$)/);
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      // The e2e server runs over http: no HSTS there.
      expect(headers['strict-transport-security']).toBeUndefined();
    }
  });
});
