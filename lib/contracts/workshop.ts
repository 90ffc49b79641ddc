import { z } from 'zod';
import type { TRole } from '../domain/access/roles';
import type { TAgendaItem } from '../domain/workshop/sessions';
import { isAreaId } from '../idg/checklist';
import { stepActivityCodes } from '../idg/process';

const ZGroupName = z
  .string({ error: 'Name the group.' })
  .trim()
  .min(1, 'Name the group.')
  .max(80, 'Use at most 80 characters.');
const ZId = z.string().min(1).max(100);

/** A new breakout group, as `POST /api/assessments/:id/groups` takes it. */
export const ZCreateGroupSchema = z.object({ name: ZGroupName });

/** A change to a group: any of its name, its members (the whole list) and its rapporteur. */
export const ZUpdateGroupSchema = z
  .object({
    name: ZGroupName.optional(),
    memberIds: z.array(ZId).max(500).optional(),
    rapporteurId: ZId.nullable().optional(),
  })
  .refine(
    (v) => v.name !== undefined || v.memberIds !== undefined || v.rapporteurId !== undefined,
    'Change the name, the members or the rapporteur.',
  );
export type TUpdateGroup = z.infer<typeof ZUpdateGroupSchema>;

const ZPlacement = z.object({
  areaId: z.string().refine(isAreaId, 'Unknown area.'),
  groupId: ZId.nullable(),
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
      .array(ZPlacement.extend({ groupId: ZId }))
      .max(50)
      .refine((list) => new Set(list.map((p) => p.areaId)).size === list.length, 'Each area may appear only once.'),
  }),
]);

/** Shortest and longest session the schedule form accepts, in minutes. */
export const SESSION_DURATION = { min: 15, max: 600 } as const;

// Selects send '' for "none"; stored agenda items simply leave the key out.
const optionalRef = (isKnown: (v: string) => boolean, message: string) =>
  z
    .string()
    .nullish()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || isKnown(v), message);

/** One agenda item: a title, optionally the Annex 4 activity and the checklist area it covers. */
export const ZAgendaItemSchema = z.object({
  title: z
    .string({ error: 'Name the agenda item.' })
    .trim()
    .min(1, 'Name the agenda item.')
    .max(200, 'Keep an agenda item under 200 characters.'),
  activityCode: optionalRef((v) => stepActivityCodes.includes(v), 'Choose an activity from Annex 4.'),
  areaId: optionalRef(isAreaId, 'Choose an area of the checklist.'),
});

const sessionFields = {
  title: z
    .string({ error: 'Give the session a title.' })
    .trim()
    .min(1, 'Give the session a title.')
    .max(200, 'Keep the title under 200 characters.'),
  // Any offset is accepted; the session is stored as the same instant in UTC.
  startsAt: z.iso
    .datetime({ offset: true, error: 'Choose a date and a time.' })
    .transform((v) => new Date(v).toISOString()),
  durationMinutes: z
    .number({ error: 'Give the duration in minutes.' })
    .int('Use whole minutes.')
    .min(SESSION_DURATION.min, `A session lasts at least ${SESSION_DURATION.min} minutes.`)
    .max(SESSION_DURATION.max, `A session lasts at most ${SESSION_DURATION.max} minutes (10 hours).`),
  agenda: z.array(ZAgendaItemSchema).max(30, 'Keep the agenda to 30 items.'),
};

/** A new session, as the schedule form and `POST /api/assessments/:id/sessions` send it. */
export const ZSessionInputSchema = z.object({ ...sessionFields, agenda: sessionFields.agenda.default([]) });
export type TSessionInput = z.infer<typeof ZSessionInputSchema>;

/** A change to a session: any of its fields. */
export const ZSessionUpdateSchema = z.object(sessionFields).partial();
export type TSessionUpdate = z.infer<typeof ZSessionUpdateSchema>;

export type TGroupArea = { id: string; title: string; label: string; questions: number };

export type TGroupMember = { id: string; name: string; role: TRole };

export type TGroup = {
  id: string;
  name: string;
  areas: TGroupArea[];
  members: TGroupMember[];
  rapporteur: { id: string; name: string } | null;
};

export type TGroupsOverview = { groups: TGroup[]; unallocatedAreas: TGroupArea[] };

export type TGroupSuggestion = {
  placements: (TGroupArea & { groupId: string; groupName: string; byExpertise: boolean })[];
  totals: { groupId: string; groupName: string; questions: number; areas: number }[];
};

export type TWorkshopSession = {
  id: string;
  assessmentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  agenda: TAgendaItem[];
  sequence: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

export type TAttendance = { userId: string; name: string; firstJoinedAt: string; lastSeenAt: string };
