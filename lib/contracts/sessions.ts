import { z } from 'zod';
import type { TAgendaItem } from '../domain/workshop/sessions';
import { AGENDA_KINDS, RUN_STATUSES, isPlenaryPage } from '../domain/workshop/run-of-show';
import { MAX_TIMER_MINUTES } from '../domain/workshop/live-timer';
import { isAreaId } from '../idg/checklist';
import { stepActivityCodes } from '../idg/process';
import { ZPersonSchema } from './shared';
import { ZMeetingUrlSchema } from './workshop';

// Workshop sessions: their schedule and agenda, who attended, and the run of show item by item.

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
  // The run of show; every field optional, so agendas written before it still load and save.
  startsAt: z.iso
    .datetime({ offset: true, error: 'Choose a date and a time.' })
    .nullish()
    .transform((v) => (v ? new Date(v).toISOString() : undefined))
    .optional(),
  durationMinutes: z
    .number({ error: 'Give the duration in minutes.' })
    .int('Use whole minutes.')
    .min(1)
    .max(SESSION_DURATION.max)
    .nullish()
    .transform((v) => v ?? undefined)
    .optional(),
  ownerId: optionalRef((v) => v.length <= 100, 'Not a member of this assessment.').optional(),
  kind: z
    .enum(AGENDA_KINDS, { error: 'Choose what the item does.' })
    .nullish()
    .transform((v) => v ?? undefined)
    .optional(),
  timerMinutes: z
    .number({ error: 'Give the duration in minutes.' })
    .int('Use whole minutes.')
    .min(1)
    .max(MAX_TIMER_MINUTES)
    .nullish()
    .transform((v) => v ?? undefined)
    .optional(),
  groupId: optionalRef((v) => v.length <= 100, 'Choose a group of this assessment.').optional(),
  page: optionalRef(isPlenaryPage, 'Give a page of the assessment, e.g. checklist/transparency.').optional(),
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
  meetingUrl: ZMeetingUrlSchema,
};

/** A new session, as the schedule form and `POST /api/assessments/:id/sessions` send it. */
export const ZSessionInputSchema = z.object({
  ...sessionFields,
  agenda: sessionFields.agenda.default([]),
  meetingUrl: sessionFields.meetingUrl.optional(),
});
export type TSessionInput = z.infer<typeof ZSessionInputSchema>;

/** A change to a session: any of its fields. */
export const ZSessionUpdateSchema = z.object(sessionFields).partial();
export type TSessionUpdate = z.infer<typeof ZSessionUpdateSchema>;

const ZStoredAgendaItemSchema = z.object({
  title: z.string(),
  activityCode: z.string().optional(),
  areaId: z.string().optional(),
  startsAt: z.string().optional(),
  durationMinutes: z.number().optional(),
  ownerId: z.string().optional(),
  kind: z.enum(AGENDA_KINDS).optional(),
  timerMinutes: z.number().optional(),
  groupId: z.string().optional(),
  page: z.string().optional(),
}) satisfies z.ZodType<TAgendaItem>;

const ZWorkshopSessionSchema = z.object({
  id: z.string(),
  assessmentId: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number(),
  agenda: z.array(ZStoredAgendaItemSchema),
  sequence: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  meetingUrl: z.string().nullable(),
});
export type TWorkshopSession = z.infer<typeof ZWorkshopSessionSchema>;

/**
 * The video meetings the live bar offers a member: the sessions with a link that have not ended
 * (the bar shows one while it runs), and the link of the member's own breakout group.
 */
export type TLiveMeetings = {
  sessions: { id: string; title: string; startsAt: string; durationMinutes: number; meetingUrl: string }[];
  group: { name: string; meetingUrl: string } | null;
};

/** `GET /api/assessments/:id/sessions`: the sessions in order. */
export const ZSessionsResponseSchema = z.object({ sessions: z.array(ZWorkshopSessionSchema) });
export type TSessionsResponse = z.infer<typeof ZSessionsResponseSchema>;

/** `POST` and `PATCH` of a session: the session as stored. */
export const ZSessionResponseSchema = z.object({ session: ZWorkshopSessionSchema });
export type TSessionResponse = z.infer<typeof ZSessionResponseSchema>;

const ZAttendanceSchema = z.object({
  userId: z.string(),
  name: z.string(),
  firstJoinedAt: z.string(),
  lastSeenAt: z.string(),
});
export type TAttendance = z.infer<typeof ZAttendanceSchema>;

/** `GET /api/assessments/:id/sessions/:sessionId/attendance`: who joined the session's live room. */
export const ZAttendanceResponseSchema = z.object({ attendance: z.array(ZAttendanceSchema) });
export type TAttendanceResponse = z.infer<typeof ZAttendanceResponseSchema>;

/** A group in the run of show: where its members are taken, and how far its work has come. */
const ZRunGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  memberIds: z.array(z.string()),
  /** The page the group works on now: its first area in breakouts, else the room's page; null when nobody leads. */
  currentPage: z.string().nullable(),
  progress: z.object({
    questions: z.number(),
    answered: z.number(),
    evaluated: z.number(),
    findings: z.number(),
  }),
});
export type TRunGroup = z.infer<typeof ZRunGroupSchema>;

const ZRunAgendaItemSchema = ZStoredAgendaItemSchema.extend({
  index: z.number(),
  kind: z.enum(AGENDA_KINDS),
  status: z.enum(RUN_STATUSES),
  startsAt: z.string(),
  durationMinutes: z.number(),
  endsAt: z.string(),
  /** When the item is now expected to start and end, the session's delay taken into account. */
  expectedStartsAt: z.string(),
  expectedEndsAt: z.string(),
  /** The page starting it takes everyone to; null for breakouts (each to their group) and breaks. */
  path: z.string().nullable(),
  owner: ZPersonSchema.nullable(),
});

/** `GET /api/assessments/:id/run-of-show`: the current or next session run item by item, and each group's work. */
export const ZRunOfShowResponseSchema = z.object({
  session: z
    .object({
      id: z.string(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      durationMinutes: z.number(),
      items: z.array(ZRunAgendaItemSchema),
      currentIndex: z.number().nullable(),
      nextIndex: z.number().nullable(),
      /** When the current item started; null when none runs. */
      currentStartedAt: z.string().nullable(),
      extendedMinutes: z.number(),
      /** How far behind the plan the session runs, in minutes. */
      lateMinutes: z.number(),
    })
    .nullable(),
  groups: z.array(ZRunGroupSchema),
  computedAt: z.string(),
});
export type TRunOfShow = z.infer<typeof ZRunOfShowResponseSchema>;

/** The agenda item running now, as everyone's live strip shows it; null when none runs. */
export const ZAgendaNowSchema = z.object({ title: z.string(), endsAt: z.string(), lateMinutes: z.number() });
export type TAgendaNow = z.infer<typeof ZAgendaNowSchema>;
