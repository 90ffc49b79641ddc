import type { TDb } from '../../db/client';
import type { TRole } from '../../domain/access/roles';
import { checklistAreas } from '../../idg/checklist';
import { seedAssessment } from './seed-assessment';
import { countUsers, createUser } from '../accounts/users';
import { env } from '../../config/env';

/** The demo's sign-ins, printed by `npm run demo`. */
export const DEMO_USERS: {
  email: string;
  name: string;
  role: TRole;
  organisation: string;
  organisationType: string;
  expertise: string | null;
  gender: string;
}[] = [
  {
    email: 'facilitator@demo.test',
    name: 'Fatima External',
    role: 'EF',
    organisation: 'WCO Secretariat',
    organisationType: 'International organization',
    expertise: null,
    gender: 'woman',
  },
  {
    email: 'local@demo.test',
    name: 'Luis Local',
    role: 'LF',
    organisation: 'Demo Customs, Integrity Unit',
    organisationType: 'Customs administration',
    expertise: 'Internal affairs',
    gender: 'man',
  },
  {
    email: 'senior@demo.test',
    name: 'Sara Senior',
    role: 'SM',
    organisation: 'Demo Customs, Executive Office',
    organisationType: 'Customs administration',
    expertise: 'Strategic planning',
    gender: 'woman',
  },
  {
    email: 'ana@demo.test',
    name: 'Ana Contributor',
    role: 'IC',
    organisation: 'Demo Customs, Human Resources',
    organisationType: 'Customs administration',
    expertise: 'Human resources',
    gender: 'woman',
  },
  {
    email: 'ben@demo.test',
    name: 'Ben Contributor',
    role: 'IC',
    organisation: 'Demo Customs, Enforcement',
    organisationType: 'Customs administration',
    expertise: 'Enforcement',
    gender: 'man',
  },
  {
    email: 'trader@demo.test',
    name: 'Tomás Trader',
    role: 'XC',
    organisation: 'Demo Brokers Association',
    organisationType: 'Private sector',
    expertise: null,
    gender: 'man',
  },
  {
    email: 'observer@demo.test',
    name: 'Olga Observer',
    role: 'OBS',
    organisation: 'National Anti-Corruption Authority',
    organisationType: 'Other government agency',
    expertise: null,
    gender: 'woman',
  },
];

export const DEMO_ASSESSMENT_TITLE = 'Demo Customs Administration';

/** The demo password: DEMO_PASSWORD, or the documented default. */
export function demoPassword(): string {
  return env().DEMO_PASSWORD;
}

/**
 * Seeds the demo workshop on an empty database: seven members, one per role, in a mode 2
 * comprehensive assessment, with two breakout groups sharing its areas. Does nothing when any
 * account exists, so restarts never duplicate.
 */
export async function seedDemo(db: TDb): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const password = demoPassword();
  const ids = new Map<string, string>();
  for (const u of DEMO_USERS) {
    ids.set(
      u.email,
      await createUser(db, {
        email: u.email,
        name: u.name,
        password,
        isAdmin: false,
        timeZone: u.role === 'EF' ? 'Europe/Brussels' : 'Africa/Nairobi',
      }),
    );
  }
  const areasOf = (test: (a: (typeof checklistAreas)[number]) => boolean) =>
    checklistAreas.filter(test).map((a) => a.id);
  await seedAssessment(db, {
    assessment: {
      administration: 'Demo Customs Administration',
      country: 'Demoland',
      title: DEMO_ASSESSMENT_TITLE,
      scope: 'comprehensive',
      areas: [],
      mode: 2,
      plannedStart: null,
      plannedEnd: null,
      timeZone: 'Africa/Nairobi',
    },
    members: DEMO_USERS.map((u) => ({
      userId: ids.get(u.email)!,
      role: u.role,
      organisation: u.organisation,
      organisationType: u.organisationType,
      expertise: u.expertise,
      gender: u.gender,
    })),
    // Two breakout groups, as the guide suggests dividing contributors and key factors between them.
    groups: [
      {
        name: 'Group A',
        memberIds: [ids.get('ana@demo.test')!, ids.get('trader@demo.test')!],
        rapporteurId: ids.get('ana@demo.test')!,
        areaIds: areasOf((a) => (a.group === 'rad' && a.number <= 5) || a.group === 'collective-action'),
      },
      {
        name: 'Group B',
        memberIds: [ids.get('ben@demo.test')!],
        rapporteurId: ids.get('ben@demo.test')!,
        areaIds: areasOf((a) => (a.group === 'rad' && a.number > 5) || a.group === 'cross-cutting'),
      },
    ],
  });
  return true;
}
