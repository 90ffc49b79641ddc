// Per-test scenarios: the `scenario` fixture creates a fresh assessment with its own members,
// groups and allocations for the test (POST /__e2e/scenario, a route of scripts/e2e-server.ts
// alone), and the actor fixtures are that scenario's members, each signed in in their own
// browser context. Tests that write import `test` from here, so that none reads another's
// leftovers and any two may run at the same time; see CONTRIBUTING.md, "Writing an end-to-end test".
import crypto from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import {
  type TScenarioInput,
  type TScenarioResponse,
  ZScenarioResponseSchema,
} from '../../lib/contracts/test-scenario';
import { expect, test as base } from './fixtures';

/** A scenario without its title, which the fixture makes unique. */
export type TScenarioShape = Omit<TScenarioInput, 'title'> & { title?: string };

const AREAS_OF_GROUP_A = [
  'leadership-commitment',
  'regulatory-framework',
  'transparency',
  'automation',
  'reform-modernization',
  'anti-corruption-authorities',
  'customs-to-customs',
  'media-social-networks',
];
const AREAS_OF_GROUP_B = [
  'audit-investigation',
  'code-of-conduct',
  'human-resource-management',
  'morale-culture',
  'private-sector',
  'gender-diversity',
];

/**
 * The demo workshop's shape (lib/services/assessments/demo-seed.ts): the same seven people, one
 * per role and under the same names, Group A (Ana and Tomás; key factors 1-5 and collective
 * action) and Group B (Ben; key factors 6-10 and gender diversity), in a comprehensive mode 2
 * assessment. The keys are the actor fixtures' names.
 */
export const DEMO_SHAPE = {
  members: [
    {
      key: 'facilitator',
      name: 'Fatima External',
      role: 'EF',
      timeZone: 'Europe/Brussels',
      organisation: 'WCO Secretariat',
      organisationType: 'International organization',
      gender: 'woman',
    },
    {
      key: 'localFacilitator',
      name: 'Luis Local',
      role: 'LF',
      timeZone: 'Africa/Nairobi',
      organisation: 'Demo Customs, Integrity Unit',
      organisationType: 'Customs administration',
      expertise: 'Internal affairs',
      gender: 'man',
    },
    {
      key: 'senior',
      name: 'Sara Senior',
      role: 'SM',
      timeZone: 'Africa/Nairobi',
      organisation: 'Demo Customs, Executive Office',
      organisationType: 'Customs administration',
      expertise: 'Strategic planning',
      gender: 'woman',
    },
    {
      key: 'contributor',
      name: 'Ana Contributor',
      role: 'IC',
      timeZone: 'Africa/Nairobi',
      organisation: 'Demo Customs, Human Resources',
      organisationType: 'Customs administration',
      expertise: 'Human resources',
      gender: 'woman',
    },
    {
      key: 'contributor2',
      name: 'Ben Contributor',
      role: 'IC',
      timeZone: 'Africa/Nairobi',
      organisation: 'Demo Customs, Enforcement',
      organisationType: 'Customs administration',
      expertise: 'Enforcement',
      gender: 'man',
    },
    {
      key: 'externalContributor',
      name: 'Tomás Trader',
      role: 'XC',
      timeZone: 'Africa/Nairobi',
      organisation: 'Demo Brokers Association',
      organisationType: 'Private sector',
      gender: 'man',
    },
    {
      key: 'observer',
      name: 'Olga Observer',
      role: 'OBS',
      timeZone: 'Africa/Nairobi',
      organisation: 'National Anti-Corruption Authority',
      organisationType: 'Other government agency',
      gender: 'woman',
    },
  ],
  groups: [
    {
      name: 'Group A',
      members: ['contributor', 'externalContributor'],
      rapporteur: 'contributor',
      areas: AREAS_OF_GROUP_A,
    },
    { name: 'Group B', members: ['contributor2'], rapporteur: 'contributor2', areas: AREAS_OF_GROUP_B },
  ],
} satisfies TScenarioShape;

export type TScenarioFixture = TScenarioResponse & {
  /** `/assessments/<id>` followed by `path` (`/plan`, `/checklist/transparency`). */
  path: (path?: string) => string;
  /** A page of the member with this key, signed in in its own context; closed after the test. */
  signIn: (key: string) => Promise<Page>;
};

type TScenarioFixtures = {
  /** What the scenario holds; the demo's shape unless a file or group says `test.use({ scenarioShape })`. */
  scenarioShape: TScenarioShape;
  /** This test's own assessment, made fresh for it. */
  scenario: TScenarioFixture;
};

/**
 * Creates a scenario of `shape` through the e2e server's test route, with a unique title unless
 * the shape names one. The `scenario` fixture calls it for each test; a `beforeAll` that needs
 * one assessment for a whole file may call it with any request context.
 */
export async function createScenario(request: APIRequestContext, shape: TScenarioShape): Promise<TScenarioResponse> {
  const title = shape.title ?? `Scenario ${crypto.randomBytes(3).toString('hex')}`;
  const res = await request.post('/__e2e/scenario', { data: { ...shape, title } });
  if (!res.ok()) {
    throw new Error(
      `creating the scenario failed: ${res.status()} ${await res.text()} (is the server scripts/e2e-server.ts?)`,
    );
  }
  return ZScenarioResponseSchema.parse(await res.json());
}

/** The actor fixture of the scenario member `key`: a page signed in as them. */
function member(key: string) {
  return async ({ scenario }: { scenario: TScenarioFixture }, provide: (page: Page) => Promise<void>) => {
    await provide(await scenario.signIn(key));
  };
}

// Fixture callbacks are named `provide`, not Playwright's usual `use` (see fixtures.ts).
export const test = base.extend<TScenarioFixtures>({
  scenarioShape: [DEMO_SHAPE, { option: true }],

  scenario: async ({ request, scenarioShape, signInAs }, provide) => {
    const created = await createScenario(request, scenarioShape);
    await provide({
      ...created,
      path: (path = '') => `/assessments/${created.assessmentId}${path}`,
      signIn: (key) => {
        const m = created.members[key];
        if (!m) throw new Error(`the scenario has no member "${key}"`);
        return signInAs(m.email, created.password);
      },
    });
  },

  // The same names as the demo's actors (fixtures.ts), but members of this test's scenario.
  facilitator: member('facilitator'),
  localFacilitator: member('localFacilitator'),
  senior: member('senior'),
  contributor: member('contributor'),
  contributor2: member('contributor2'),
  externalContributor: member('externalContributor'),
  observer: member('observer'),
});

export { expect };
