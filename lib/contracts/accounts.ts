import { z } from 'zod';
import { ZRoleSchema } from '../domain/access/role-schema';
import { contributorExpertiseAreas } from '../idg/process';
import { isValidTimeZone } from '../domain/time/time-zone';
import { LOCALES } from '../i18n/locales';
import { ZOkResponseSchema } from './shared';

/** Kinds of organisation a member comes from: the administration itself or the guide's external kinds. */
export const ORGANISATION_TYPES = [
  'Customs administration',
  'Private sector',
  'Other government agency',
  'International organization',
  'Civil society organization',
] as const;

/** Self-declared gender, optional, for the working group's balance only. */
export const GENDERS = ['woman', 'man', 'another', 'prefer-not-to-say'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** An invitation to join an assessment, as the invite form sends it. */
export const ZInvitationSchema = z.object({
  email: z.string({ error: 'Enter an email address.' }).trim().toLowerCase().email('Enter a valid email address.'),
  role: z.enum(ZRoleSchema.options, { error: 'Choose a role.' }),
  organisation: optionalText(200),
  organisationType: z
    .enum(ORGANISATION_TYPES)
    .nullish()
    .transform((v) => v ?? null),
  expertise: z
    .string()
    .nullish()
    .transform((v) => v || null)
    .refine(
      (v) => v === null || contributorExpertiseAreas.includes(v),
      'Choose an area of expertise from the guide’s list.',
    ),
  gender: z
    .enum(GENDERS)
    .nullish()
    .transform((v) => v ?? null),
});
export type TInvitationInput = z.infer<typeof ZInvitationSchema>;

/** `POST /api/assessments/:id/invitations`: the invitation; its one-time link when it was not mailed, and why not. */
export const ZInvitationCreatedResponseSchema = z.object({
  invitation: z.object({ id: z.string(), email: z.string(), role: ZRoleSchema, expiresAt: z.string() }),
  mailed: z.boolean(),
  link: z.string().optional(),
  mailError: z.string().optional(),
});
export type TInvitationCreatedResponse = z.infer<typeof ZInvitationCreatedResponseSchema>;

/** Accepting an invitation with a new account (the form of a new invitee checks its fields with it). */
export const ZAcceptWithNewAccountSchema = z.object({
  token: z.string().min(20).max(200),
  name: z.string({ error: 'Enter your name.' }).trim().min(2, 'Enter your name.').max(120),
  password: z.string({ error: 'Choose a password.' }).min(10, 'Use at least 10 characters.').max(200),
});

/** `POST /api/invitations/accept`: a new account's name and password, or the bare token for the signed-in invitee. */
export const ZAcceptInvitationSchema = z.union([
  ZAcceptWithNewAccountSchema,
  z.object({ token: z.string().min(20).max(200) }),
]);

/** `POST /api/invitations/accept`: the assessment joined, and whether the new account must now sign in. */
export const ZAcceptedInvitationResponseSchema = z.object({ assessmentId: z.string(), signInRequired: z.boolean() });
export type TAcceptedInvitationResponse = z.infer<typeof ZAcceptedInvitationResponseSchema>;

/** `POST /api/setup`: the first administrator of an empty install. */
export const ZSetupSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  name: z.string().trim().min(2, 'Enter your name.').max(120),
  password: z.string().min(10, 'Use at least 10 characters.').max(200),
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone.').nullish(),
});

/** A role change. */
export const ZRoleChangeSchema = z.object({ role: ZRoleSchema });

/** The signed-in user's own settings, as `PATCH /api/me` takes them: either or both. */
export const ZProfileUpdateSchema = z
  .object({
    timeZone: z.string({ error: 'Choose a time zone.' }).refine(isValidTimeZone, 'Unknown time zone.').optional(),
    locale: z.enum(LOCALES, { error: `Choose one of the languages: ${LOCALES.join(', ')}.` }).optional(),
  })
  .refine((v) => v.timeZone !== undefined || v.locale !== undefined, {
    message: 'Nothing to change: send a timeZone or a locale.',
    path: ['timeZone'],
  });
export type TProfileUpdate = z.infer<typeof ZProfileUpdateSchema>;
/** `PATCH /api/me`: the settings as changed. */
export const ZProfileUpdateResponseSchema = ZOkResponseSchema.extend(ZProfileUpdateSchema.shape);
export type TProfileUpdateResponse = z.infer<typeof ZProfileUpdateResponseSchema>;

/** `POST /api/locale`: a visitor's language before they sign in. */
export const ZLocaleChoiceSchema = z.object({
  locale: z.enum(LOCALES, { error: `Choose one of: ${LOCALES.join(', ')}.` }),
});

/** `POST /api/locale`: the language a visitor chose before signing in, as now kept. */
export const ZLocaleChoiceResponseSchema = ZOkResponseSchema.extend({ locale: z.enum(LOCALES) });
export type TLocaleChoiceResponse = z.infer<typeof ZLocaleChoiceResponseSchema>;

/** A member as the members page and the assessment's own route list them. */
export const ZMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRoleSchema,
  organisation: z.string().nullable(),
  organisationType: z.string().nullable(),
  expertise: z.string().nullable(),
  gender: z.string().nullable(),
  timeZone: z.string().nullable(),
  joinedAt: z.string(),
});
export type TMember = z.infer<typeof ZMemberSchema>;

/** `GET /api/assessments/:id/invitations`: pending invitations; their links are never shown again. */
export const ZPendingInvitationsResponseSchema = z.object({
  invitations: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      role: ZRoleSchema,
      expires_at: z.string(),
      created_at: z.string(),
      revoked_at: z.string().nullable(),
    }),
  ),
});
export type TPendingInvitationsResponse = z.infer<typeof ZPendingInvitationsResponseSchema>;
