import { z } from 'zod';
import { FACILITATOR_ROLES } from '../domain/access/roles';
import { ZRoleSchema } from '../domain/access/role-schema';
import { isValidTimeZone } from '../domain/time/time-zone';

// The end-to-end suite's scenarios: `POST /__e2e/scenario`, a route of scripts/e2e-server.ts
// alone (never of the app), creates a fresh assessment with its working group for one test.
// See CONTRIBUTING.md, "Writing an end-to-end test". Playwright loads this file too, so it imports
// nothing that reads the guide's JSON: area ids are checked by the services (createAssessment keeps
// known areas; an allocation outside the scope is refused).

/** How a test names a member of its scenario (`facilitator`, `contributor2`): letters and digits. */
const ZScenarioKeySchema = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/);

const ZScenarioMemberSchema = z.object({
  key: ZScenarioKeySchema,
  name: z.string().trim().min(1).max(200),
  role: ZRoleSchema,
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone.').nullable().default(null),
  organisation: z.string().max(200).nullable().default(null),
  organisationType: z.string().max(200).nullable().default(null),
  expertise: z.string().max(200).nullable().default(null),
  gender: z.string().max(50).nullable().default(null),
});

const ZScenarioGroupSchema = z.object({
  name: z.string().trim().min(1).max(100),
  members: z.array(ZScenarioKeySchema).max(50),
  rapporteur: ZScenarioKeySchema.nullable().default(null),
  areas: z.array(z.string().max(100)).default([]),
});

/** A scenario to create: the assessment, its members (the first facilitates and creates it) and its groups. */
export const ZScenarioSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    administration: z.string().trim().min(2).max(200).default('Demo Customs Administration'),
    country: z.string().trim().min(2).max(100).default('Demoland'),
    scope: z.enum(['comprehensive', 'targeted']).default('comprehensive'),
    areas: z.array(z.string().max(100)).default([]),
    mode: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
    timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone.').default('Africa/Nairobi'),
    members: z.array(ZScenarioMemberSchema).min(1).max(50),
    groups: z.array(ZScenarioGroupSchema).max(20).default([]),
  })
  .superRefine((v, ctx) => {
    const keys = new Set(v.members.map((m) => m.key));
    if (keys.size !== v.members.length) ctx.addIssue({ code: 'custom', path: ['members'], message: 'Keys repeat.' });
    if (!FACILITATOR_ROLES.includes(v.members[0]!.role)) {
      ctx.addIssue({ code: 'custom', path: ['members', 0, 'role'], message: 'The first member must facilitate.' });
    }
    v.groups.forEach((g, i) => {
      const unknown = [...g.members, ...(g.rapporteur ? [g.rapporteur] : [])].filter((k) => !keys.has(k));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['groups', i], message: `Unknown members: ${unknown.join(', ')}` });
      }
    });
  });
/** What a test sends: defaults may be left out. */
export type TScenarioInput = z.input<typeof ZScenarioSchema>;
export type TScenario = z.infer<typeof ZScenarioSchema>;

/** The scenario created: ids, and each member's sign-in by key (one password for all of them). */
export const ZScenarioResponseSchema = z.object({
  assessmentId: z.string(),
  title: z.string(),
  password: z.string(),
  members: z.record(z.string(), z.object({ id: z.string(), email: z.string(), name: z.string(), role: ZRoleSchema })),
  /** Group ids by group name. */
  groups: z.record(z.string(), z.string()),
});
export type TScenarioResponse = z.infer<typeof ZScenarioResponseSchema>;
