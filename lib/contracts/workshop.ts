import { z } from 'zod';
import { ANSWER_STATUSES } from '../collab/layout';
import type { TDashboard } from '../domain/workshop/dashboard';
import { ZRoleSchema } from '../domain/access/role-schema';
import { MEETING_URL_MAX, normalMeetingUrl } from '../domain/workshop/meeting-links';
import { isAreaId } from '../idg/checklist';
import { ZIdSchema, ZPersonSchema } from './shared';

const ZGroupName = z
  .string({ error: 'Name the group.' })
  .trim()
  .min(1, 'Name the group.')
  .max(80, 'Use at most 80 characters.');

const MEETING_URL_MESSAGE = 'Enter a meeting link starting with https://';

/**
 * A session's or a group's video-meeting link: an https address of any service, stored in its
 * normal form; '' or null removes it. Anything else (http, javascript:, words) is refused.
 */
export const ZMeetingUrlSchema = z
  .string({ error: MEETING_URL_MESSAGE })
  .trim()
  .max(MEETING_URL_MAX, 'Use at most 2,000 characters.')
  .refine((v) => v === '' || normalMeetingUrl(v) !== null, MEETING_URL_MESSAGE)
  .transform((v) => (v === '' ? null : normalMeetingUrl(v)))
  .nullable();

/** A new breakout group, as `POST /api/assessments/:id/groups` takes it. */
export const ZCreateGroupSchema = z.object({ name: ZGroupName, meetingUrl: ZMeetingUrlSchema.optional() });

/** A change to a group: any of its name, its members (the whole list), its rapporteur and its meeting link. */
export const ZUpdateGroupSchema = z
  .object({
    name: ZGroupName.optional(),
    memberIds: z.array(ZIdSchema).max(500).optional(),
    rapporteurId: ZIdSchema.nullable().optional(),
    meetingUrl: ZMeetingUrlSchema.optional(),
  })
  .refine(
    (v) =>
      v.name !== undefined || v.memberIds !== undefined || v.rapporteurId !== undefined || v.meetingUrl !== undefined,
    'Change the name, the members, the rapporteur or the meeting link.',
  );
export type TUpdateGroup = z.infer<typeof ZUpdateGroupSchema>;

const ZPlacement = z.object({
  areaId: z.string().refine(isAreaId, 'Unknown area.'),
  groupId: ZIdSchema.nullable(),
});
export type TPlacement = z.infer<typeof ZPlacement>;

/**
 * `PUT /api/assessments/:id/groups/allocation`: one area to a group (or to none), or a whole
 * allocation at once (applying a suggestion), which replaces every earlier placement.
 */
export const ZAllocationSchema = z.union([
  ZPlacement,
  z.object({
    allocation: z
      .array(ZPlacement.extend({ groupId: ZIdSchema }))
      .max(50)
      .refine((list) => new Set(list.map((p) => p.areaId)).size === list.length, 'Each area may appear only once.'),
  }),
]);

/** An area as the groups page shows it, with how many questions it holds. */
const ZGroupAreaSchema = z.object({ id: z.string(), title: z.string(), label: z.string(), questions: z.number() });
export type TGroupArea = z.infer<typeof ZGroupAreaSchema>;

/** A member of a breakout group, with their role in the assessment. */
const ZGroupMemberSchema = ZPersonSchema.extend({ role: ZRoleSchema });

const ZGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  areas: z.array(ZGroupAreaSchema),
  members: z.array(ZGroupMemberSchema),
  rapporteur: ZPersonSchema.nullable(),
  meetingUrl: z.string().nullable(),
});
export type TGroup = z.infer<typeof ZGroupSchema>;

/** `POST /api/assessments/:id/groups`: the group as created. */
export const ZGroupCreatedResponseSchema = z.object({
  group: z.object({ id: z.string(), name: z.string(), meetingUrl: z.string().nullable() }),
});
export type TGroupCreatedResponse = z.infer<typeof ZGroupCreatedResponseSchema>;

/** `GET /api/assessments/:id/groups`: every group and the areas no group holds yet. */
export const ZGroupsResponseSchema = z.object({
  groups: z.array(ZGroupSchema),
  unallocatedAreas: z.array(ZGroupAreaSchema),
});
export type TGroupsOverview = z.infer<typeof ZGroupsResponseSchema>;

/** `GET /api/assessments/:id/groups/suggestion`: a placement of every area and each group's load. */
export const ZGroupSuggestionResponseSchema = z.object({
  placements: z.array(
    ZGroupAreaSchema.extend({ groupId: z.string(), groupName: z.string(), byExpertise: z.boolean() }),
  ),
  totals: z.array(z.object({ groupId: z.string(), groupName: z.string(), questions: z.number(), areas: z.number() })),
});
export type TGroupSuggestion = z.infer<typeof ZGroupSuggestionResponseSchema>;

const ZStatusCountsSchema = z.record(z.enum([...ANSWER_STATUSES, 'unassessed']), z.number());
const ZAreaProgressSchema = z.object({
  areaId: z.string(),
  label: z.string(),
  total: z.number(),
  answered: z.number(),
  byStatus: ZStatusCountsSchema,
});

/** `GET /api/assessments/:id/dashboard`: progress per group and area, disputed findings, silent members. */
export const ZDashboardResponseSchema = z.object({
  computedAt: z.string(),
  groups: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      areas: z.array(ZAreaProgressSchema),
      total: z.object({ total: z.number(), answered: z.number(), byStatus: ZStatusCountsSchema }),
      disputed: z.array(
        z.object({
          groupId: z.string(),
          findingId: z.string(),
          kind: z.string(),
          excerpt: z.string(),
          decidedAt: z.string(),
        }),
      ),
      notYetContributed: z.array(ZPersonSchema),
    }),
  ),
  unallocated: z.array(ZAreaProgressSchema),
}) satisfies z.ZodType<TDashboard>;
export type TDashboardResponse = z.infer<typeof ZDashboardResponseSchema>;
