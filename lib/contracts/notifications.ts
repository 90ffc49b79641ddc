import { z } from 'zod';
import { ZIsoDateSchema, ZOkResponseSchema, ZPersonSchema } from './shared';

/**
 * What a member can be told about. Each kind is made where its event happens, for the people it
 * concerns, and only for those who may see the place it links to.
 */
export const NOTIFICATION_KINDS = [
  'mention',
  'reply',
  'assignment',
  'rating-opened',
  'approval-requested',
  'finding-disputed',
  'session-changed',
  'session-starting',
] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** `POST /api/unsubscribe`: the kind of mail now stopped. */
export const ZUnsubscribeResponseSchema = ZOkResponseSchema.extend({ kind: z.enum(NOTIFICATION_KINDS) });
export type TUnsubscribeResponse = z.infer<typeof ZUnsubscribeResponseSchema>;

/** In the app only; by email at once; or in the morning digest (08:00 in the member's zone). */
export const NOTIFICATION_CHANNELS = ['app', 'email', 'digest'] as const;
export type TNotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * What the message names: who did it and where. Only labels the recipient may read (a question's
 * number, a session's title), never an answer's or comment's text.
 */
export const ZNotificationParamsSchema = z.object({
  actor: z.string().optional(),
  assessment: z.string().optional(),
  place: z.string().optional(),
  /** A checklist question (`transparency.20`): read as its area's name and number, never its key. */
  questionKey: z.string().optional(),
  /** Several questions of the area of `questionKey` (an assignment of a whole section). */
  count: z.number().optional(),
  due: z.string().optional(),
});
export type TNotificationParams = z.infer<typeof ZNotificationParamsSchema>;

const ZNotificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  assessmentId: z.string().nullable(),
  link: z.string(),
  params: ZNotificationParamsSchema,
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type TNotification = z.infer<typeof ZNotificationSchema>;

/** `GET /api/me/notifications`: newest first, with the unread count for the header. */
export const ZNotificationsResponseSchema = z.object({
  notifications: z.array(ZNotificationSchema),
  unread: z.number(),
});
export type TNotificationsResponse = z.infer<typeof ZNotificationsResponseSchema>;

/** `POST /api/me/notifications/read`: some notifications, or all of them. */
export const ZMarkReadSchema = z.union([
  z.object({ ids: z.array(z.string().uuid('Unknown notification.')).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
]);
export type TMarkRead = z.infer<typeof ZMarkReadSchema>;

/** `POST /api/me/notifications/read`: how many are left unread. */
export const ZUnreadResponseSchema = z.object({ unread: z.number() });
export type TUnreadResponse = z.infer<typeof ZUnreadResponseSchema>;

/** A channel per kind; `PUT` may send only the kinds that change. */
export const ZNotificationSettingsSchema = z.object({
  channels: z.partialRecord(
    z.enum(NOTIFICATION_KINDS),
    z.enum(NOTIFICATION_CHANNELS, { error: 'Choose app, email or digest.' }),
  ),
});
export type TNotificationSettingsInput = z.infer<typeof ZNotificationSettingsSchema>;

/** `GET`/`PUT /api/me/notification-settings`: every kind's channel, and whether mail can be sent at all. */
export const ZNotificationSettingsResponseSchema = z.object({
  channels: z.record(z.enum(NOTIFICATION_KINDS), z.enum(NOTIFICATION_CHANNELS)),
  mailAvailable: z.boolean(),
});
export type TNotificationSettings = z.infer<typeof ZNotificationSettingsResponseSchema>;

/** `POST /api/assessments/:id/assignments`: questions of one area (or a whole section) to one member. */
export const ZNewAssignmentSchema = z.object({
  questionKeys: z
    .array(z.string().regex(/^[a-z0-9-]+\.[0-9a-z-]+$/, 'Not a checklist question.'))
    .min(1, 'Choose at least one question.')
    .max(100),
  assigneeId: z.string().uuid('Choose a member.'),
  dueDate: ZIsoDateSchema,
});
export type TNewAssignment = z.infer<typeof ZNewAssignmentSchema>;

/** `PATCH .../assignments/:assignmentId`: another member or another due date. */
export const ZAssignmentUpdateSchema = z
  .object({ assigneeId: z.string().uuid('Choose a member.'), dueDate: ZIsoDateSchema })
  .partial()
  .refine((v) => v.assigneeId !== undefined || v.dueDate !== undefined, 'Nothing to change.');
export type TAssignmentUpdate = z.infer<typeof ZAssignmentUpdateSchema>;

const ZAssignmentSchema = z.object({
  id: z.string(),
  questionKey: z.string(),
  assignee: ZPersonSchema,
  dueDate: z.string(),
  assignedBy: ZPersonSchema,
  createdAt: z.string(),
});
export type TAssignment = z.infer<typeof ZAssignmentSchema>;

/** `GET`/`POST /api/assessments/:id/assignments` (`?area=` narrows to one area). */
export const ZAssignmentsResponseSchema = z.object({ assignments: z.array(ZAssignmentSchema) });
export type TAssignmentsResponse = z.infer<typeof ZAssignmentsResponseSchema>;

/** `PATCH .../assignments/:assignmentId`: the assignment as it is now. */
export const ZAssignmentResponseSchema = z.object({ assignment: ZAssignmentSchema });
export type TAssignmentResponse = z.infer<typeof ZAssignmentResponseSchema>;
