import { z } from 'zod';
import { ZRoleSchema } from '../domain/access/role-schema';
import { ZIsoDateSchema } from './shared';

const ZModeIdSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], { message: 'Choose mode 1, 2 or 3.' });

/** `PUT /api/assessments/:id/mode`: the mode, and for modes 1 and 2 whether the other method runs with it. */
export const ZModeSettingSchema = z
  .object({ mode: ZModeIdSchema, concurrent: z.boolean().default(false) })
  .refine((v) => !(v.mode === 3 && v.concurrent), {
    path: ['concurrent'],
    message: 'Only a facilitated assessment runs in the field and remotely at once.',
  });

/** `GET /api/assessments/:id/mode/preview?mode=&concurrent=`: the setting to preview. */
export const ZModePreviewQuerySchema = z
  .object({
    mode: z.coerce.number().pipe(ZModeIdSchema),
    concurrent: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .refine((v) => !(v.mode === 3 && v.concurrent), {
    path: ['concurrent'],
    message: 'Only a facilitated assessment runs in the field and remotely at once.',
  });

const ZSettingSchema = z.object({ mode: ZModeIdSchema, concurrent: z.boolean() });

/** What changing the mode does (the preview, and the answer once it is made). */
export const ZModeChangeResponseSchema = z.object({
  from: ZSettingSchema,
  to: ZSettingSchema,
  /** Whether the assessment is still being prepared, when alone the mode may change. */
  mayChange: z.boolean(),
  /** Annex 4 activities that stop applying, and those that start. */
  notApplicable: z.array(z.string()),
  applicable: z.array(z.string()),
  responsible: z.array(z.object({ code: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  practices: z.object({ from: z.union([z.literal(6), z.literal(7)]), to: z.union([z.literal(6), z.literal(7)]) }),
  setsUpSelfAssessment: z.boolean(),
  /** External facilitators among the members: they stay, but a self-assessment does not need them. */
  externalFacilitators: z.number(),
});
export type TModeChangeResponse = z.infer<typeof ZModeChangeResponseSchema>;

/** `PUT /api/assessments/:id/practices/:itemKey`: an Annex 6 or 7 good practice ticked, with a note. */
export const ZPracticeCheckSchema = z.object({
  checked: z.boolean(),
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters.'),
});
export type TPracticeCheckInput = z.infer<typeof ZPracticeCheckSchema>;

/** An Annex 6 or 7 item's record. */
export const ZPracticeCheckItemSchema = z.object({
  key: z.string(),
  checked: z.boolean(),
  note: z.string(),
  /** The name of whoever changed it last. */
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type TPracticeCheck = z.infer<typeof ZPracticeCheckItemSchema>;

/** `PUT /api/assessments/:id/practices/:itemKey`: the item's record as saved. */
export const ZPracticeCheckResponseSchema = z.object({ check: ZPracticeCheckItemSchema });
export type TPracticeCheckResponse = z.infer<typeof ZPracticeCheckResponseSchema>;

/** `PUT /api/assessments/:id/self-assessment`: the circular to all staff and the stakeholders' arrangements. */
export const ZSelfAssessmentUpdateSchema = z.object({
  circular: z.string().trim().max(20000),
  circularIssuedOn: ZIsoDateSchema.nullable(),
  stakeholderArrangements: z.string().trim().max(5000),
});
export type TSelfAssessmentUpdate = z.infer<typeof ZSelfAssessmentUpdateSchema>;

export const STRUCTURE_BODIES = ['steering', 'working', 'stakeholders'] as const;
export type TStructureBody = (typeof STRUCTURE_BODIES)[number];

/** `PUT /api/assessments/:id/self-assessment/members/:userId`: a member's place in the structure (null: none). */
export const ZStructureMemberSchema = z.object({
  body: z.enum(STRUCTURE_BODIES).nullable(),
  contactPerson: z.boolean().default(false),
  confidentialityAgreed: z.boolean().default(false),
});
export type TStructureMemberInput = z.infer<typeof ZStructureMemberSchema>;

/** A self-assessment's structure (Annex 7) as the page shows it. */
export const ZSelfAssessmentSchema = z.object({
  circular: z.string(),
  circularIssuedOn: z.string().nullable(),
  stakeholderArrangements: z.string(),
  members: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      role: ZRoleSchema,
      body: z.enum(STRUCTURE_BODIES).nullable(),
      contactPerson: z.boolean(),
      confidentialityAgreed: z.boolean(),
    }),
  ),
});
export type TSelfAssessment = z.infer<typeof ZSelfAssessmentSchema>;
