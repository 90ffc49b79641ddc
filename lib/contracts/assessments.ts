import { z } from 'zod';
import { isValidTimeZone } from '../domain/time/time-zone';
import { ZRoleSchema } from '../domain/access/role-schema';
import { isAreaId } from '../idg/checklist';
import { ZIsoDateSchema } from './shared';

// Longest a duration may be said to run: two years, in either unit.
const DURATION_LIMIT = { weeks: 104, months: 24 } as const;

/**
 * `PUT /api/assessments/:id/step-one`: step 1's choices (Part II, the scope of the assessment):
 * a one-off event or a continuous process, and how long it is expected to take.
 */
export const ZStepOneChoicesSchema = z
  .object({
    continuity: z.enum(['one-off', 'continuous'], { message: 'Choose one-off or continuous.' }),
    durationMin: z.number({ error: 'Give the duration.' }).int('Use whole numbers.').min(1, 'Give the duration.'),
    durationMax: z.number({ error: 'Give the duration.' }).int('Use whole numbers.').min(1, 'Give the duration.'),
    durationUnit: z.enum(['weeks', 'months'], { message: 'Choose weeks or months.' }),
  })
  .superRefine((v, ctx) => {
    if (v.durationMax < v.durationMin)
      ctx.addIssue({ code: 'custom', path: ['durationMax'], message: 'The longest comes before the shortest.' });
    if (v.durationMax > DURATION_LIMIT[v.durationUnit])
      ctx.addIssue({ code: 'custom', path: ['durationMax'], message: 'Keep the duration within two years.' });
  });
export type TStepOneChoices = z.infer<typeof ZStepOneChoicesSchema>;

/** Step 1's choices until the facilitators make theirs: a one-off event taking the guide's two to three months. */
export const GUIDE_STEP_ONE = {
  continuity: 'one-off',
  durationMin: 2,
  durationMax: 3,
  durationUnit: 'months',
} as const satisfies TStepOneChoices;

/** A new assessment, as the create form and `POST /api/assessments` send it. */
export const ZCreateAssessmentSchema = z
  .object({
    administration: z
      .string({ error: 'Name the Customs administration.' })
      .trim()
      .min(2, 'Name the Customs administration.')
      .max(200),
    country: z.string({ error: 'Name the country.' }).trim().min(2, 'Name the country.').max(100),
    title: z.string({ error: 'Give the assessment a title.' }).trim().min(3, 'Give the assessment a title.').max(200),
    scope: z.enum(['comprehensive', 'targeted'], { message: 'Choose comprehensive or targeted.' }),
    areas: z.array(z.string().refine(isAreaId, 'Unknown area.')).default([]),
    mode: z.union([z.literal(1), z.literal(2), z.literal(3)], { message: 'Choose mode 1, 2 or 3.' }),
    /** Modes 1 and 2: run in the field and remotely at once, as the guide allows facilitated assessment. */
    concurrent: z.boolean().optional(),
    /** Step 1's choices made at creation; without them, GUIDE_STEP_ONE (they can change while preparing). */
    stepOne: ZStepOneChoicesSchema.optional(),
    plannedStart: ZIsoDateSchema.nullish(),
    plannedEnd: ZIsoDateSchema.nullish(),
    timeZone: z.string({ error: 'Choose a time zone.' }).refine(isValidTimeZone, 'Unknown time zone.'),
    creatorRole: z.enum(['EF', 'LF', 'NCP']).default('EF'),
  })
  .superRefine((v, ctx) => {
    if (v.scope === 'targeted' && v.areas.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['areas'], message: 'A targeted assessment needs at least one area.' });
    }
    if (v.mode === 3 && v.concurrent) {
      ctx.addIssue({
        code: 'custom',
        path: ['concurrent'],
        message: 'Only a facilitated assessment runs in the field and remotely at once.',
      });
    }
    if (v.plannedStart && v.plannedEnd && v.plannedEnd < v.plannedStart) {
      ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'The end comes before the start.' });
    }
  });
export type TCreateAssessment = z.infer<typeof ZCreateAssessmentSchema>;
/** The create form's values, before the schema's defaults. */
export type TCreateAssessmentInput = z.input<typeof ZCreateAssessmentSchema>;

/** A change to one Annex 4 activity's tracking on the overview page. */
export const ZStepActivityUpdateSchema = z.object({
  status: z.enum(['to-do', 'in-progress', 'done', 'not-applicable']),
  dueDate: ZIsoDateSchema.nullable(),
  ownerId: z.string().uuid().nullable(),
  notes: z.string().max(5000),
});
export type TStepActivityUpdate = z.infer<typeof ZStepActivityUpdateSchema>;

const ZMyTaskSchema = z.object({
  kind: z.enum(['assigned', 'answer', 'mention', 'rate', 'approve']),
  link: z.string(),
  /** The area's name for answers and mentions, never a raw question key. */
  area: z.string().nullable(),
  /** The question's number within its area, for a mention. */
  question: z.string().nullable(),
  /** Who mentioned the member, for a mention; who assigned the question, for an assignment. */
  by: z.string().nullable(),
  /** The due date (YYYY-MM-DD) of an assigned question. */
  due: z.string().nullable().optional(),
  /** Questions left to answer, rounds left to rate, or 1. */
  count: z.number(),
});

const ZAttentionSchema = z.object({
  kind: z.enum(['unallocated-areas', 'overdue-activities', 'open-rounds', 'pending-approval']),
  count: z.number(),
  link: z.string(),
});

/** `GET /api/assessments/:id/me`: where one member stands in the workshop and what waits for them. */
export const ZMyWorkshopResponseSchema = z.object({
  role: ZRoleSchema,
  stage: z.enum(['prepare', 'assessment', 'action-planning', 'implementation', 'monitoring-evaluation']),
  step: z.object({ guide: z.enum(['assessment', 'action-planning']), n: z.number() }).nullable(),
  group: z.object({ id: z.string(), name: z.string() }).nullable(),
  areas: z.array(z.object({ id: z.string(), label: z.string(), answered: z.number(), total: z.number() })),
  nextSession: z
    .object({ id: z.string(), title: z.string(), startsAt: z.string(), meetingUrl: z.string().nullable() })
    .nullable(),
  tasks: z.array(ZMyTaskSchema),
  /** Facilitators only: what in the workshop needs their attention; empty for everyone else. */
  attention: z.array(ZAttentionSchema),
});
export type TMyWorkshopResponse = z.infer<typeof ZMyWorkshopResponseSchema>;

/** An assessment as the API returns it. */
const ZAssessmentSchema = z.object({
  id: z.string(),
  administration: z.string(),
  country: z.string(),
  title: z.string(),
  scope: z.enum(['comprehensive', 'targeted']),
  areas: z.array(z.string()),
  mode: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Modes 1 and 2 only: the other method (in-country or remote) is used at the same time. */
  concurrent: z.boolean(),
  /** Step 1: a one-off event or a continuous process. */
  continuity: z.enum(['one-off', 'continuous']),
  /** Step 1: the expected duration, `min` to `max` `unit`s (the guide's two to three months unless changed). */
  expectedDuration: z.object({ min: z.number(), max: z.number(), unit: z.enum(['weeks', 'months']) }),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  timeZone: z.string(),
  createdAt: z.string(),
});
export type TAssessment = z.infer<typeof ZAssessmentSchema>;

/** `GET /api/assessments`: the assessments I am a member of, with my role in each. */
export const ZAssessmentsResponseSchema = z.object({
  assessments: z.array(
    ZAssessmentSchema.pick({ id: true, title: true, administration: true, mode: true }).extend({ myRole: ZRoleSchema }),
  ),
});
export type TAssessmentsResponse = z.infer<typeof ZAssessmentsResponseSchema>;

/** `POST /api/assessments`: the assessment made. */
export const ZCreatedAssessmentResponseSchema = z.object({ assessment: ZAssessmentSchema });
export type TCreatedAssessmentResponse = z.infer<typeof ZCreatedAssessmentResponseSchema>;

/** `GET /api/assessments/:id`: the assessment, my role, and its members with theirs. */
export const ZAssessmentResponseSchema = z.object({
  assessment: ZAssessmentSchema.nullable(),
  myRole: ZRoleSchema,
  members: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      role: ZRoleSchema,
      organisation: z.string().nullable(),
    }),
  ),
});
export type TAssessmentResponse = z.infer<typeof ZAssessmentResponseSchema>;
