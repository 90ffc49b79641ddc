import { z } from 'zod';
import type { TActivityContext } from '../domain/plan/plan-snapshot';
import type { TPlanActivity, TPlanDraft } from '../domain/plan/plan-tree';
import { kpiMetadataFields, kpiSelectionCriteria, kpiTypologies } from '../idg/process';
import { ZIdSchema, ZPersonSchema } from './shared';

/** `GET /api/assessments/:id/plan/export`: the file's format, and an adopted version rather than the draft. */
export const ZPlanExportQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv']),
  version: z.coerce.number().int().min(1).optional(),
});

/** `POST /api/assessments/:id/plan/submissions`: the plan goes to named approvers. */
export const ZSubmitPlanSchema = z.object({
  approverIds: z.array(ZIdSchema).min(1, 'Name at least one approver.').max(20),
  strategyLink: z
    .string()
    .trim()
    .min(1, 'Say how the plan links to the national anti-corruption strategy.')
    .max(2000, 'Use at most 2,000 characters.'),
});
export type TSubmitPlan = z.infer<typeof ZSubmitPlanSchema>;

/** `POST /api/assessments/:id/plan/submissions/:submissionId/decision`. */
export const ZPlanDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'request-changes']),
    comment: z.string().trim().max(2000, 'Use at most 2,000 characters.'),
  })
  .refine((v) => v.decision === 'approve' || v.comment.length > 0, {
    message: 'Say what should change.',
    path: ['comment'],
  });
export type TPlanDecision = z.infer<typeof ZPlanDecisionSchema>;

/** `POST /api/assessments/:id/plan/consultations`: one entry of the stakeholder log (step 4). */
export const ZConsultationSchema = z.object({
  stakeholder: z.string().trim().min(1, 'Say who was consulted.').max(200, 'Use at most 200 characters.'),
  consultedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date.'),
  said: z.string().trim().min(1, 'Say what they said.').max(4000, 'Use at most 4,000 characters.'),
  changed: z.string().trim().max(4000, 'Use at most 4,000 characters.'),
});
export type TConsultation = z.infer<typeof ZConsultationSchema>;

/** One entry of the stakeholder consultation log. */
export const ZConsultationRecordSchema = ZConsultationSchema.extend({
  id: z.string(),
  recordedBy: ZPersonSchema,
  createdAt: z.string(),
});
export type TConsultationRecord = z.infer<typeof ZConsultationRecordSchema>;

/** `GET` and `POST /api/assessments/:id/plan/consultations`: the log by date consulted. */
export const ZConsultationsResponseSchema = z.object({ consultations: z.array(ZConsultationRecordSchema) });
export type TConsultationsResponse = z.infer<typeof ZConsultationsResponseSchema>;

/** A submission for adoption with its named approvers' decisions; adopted ones carry their version number. */
export const ZPlanSubmissionSchema = z.object({
  id: z.string(),
  status: z.enum(['pending', 'changes-requested', 'superseded', 'adopted']),
  version: z.number().nullable(),
  strategyLink: z.string(),
  submittedBy: ZPersonSchema,
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  approvals: z.array(
    z.object({
      approver: ZPersonSchema,
      decision: z.enum(['pending', 'approved', 'changes-requested']),
      comment: z.string(),
      decidedAt: z.string().nullable(),
    }),
  ),
});
export type TPlanSubmission = z.infer<typeof ZPlanSubmissionSchema>;

/** `GET /api/assessments/:id/plan/submissions`: every submission, newest first. */
export const ZSubmissionsResponseSchema = z.object({ submissions: z.array(ZPlanSubmissionSchema) });
export type TSubmissionsResponse = z.infer<typeof ZSubmissionsResponseSchema>;

/** `POST .../plan/submissions/:submissionId/decision`: the submission with the decision recorded. */
export const ZSubmissionResponseSchema = z.object({ submission: ZPlanSubmissionSchema });
export type TSubmissionResponse = z.infer<typeof ZSubmissionResponseSchema>;

/** An activity agreed in prioritisation (high, medium or low), a candidate for the plan. */
export const ZAgreedActivitySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  priority: z.enum(['high', 'medium', 'low']),
  sources: z.array(z.string()),
});
export type TAgreedActivity = z.infer<typeof ZAgreedActivitySchema>;

/** An agreed activity that cites a checklist question, with the plan activities made from it. */
const ZQuestionUseSchema = z.object({
  candidateId: z.string(),
  title: z.string(),
  activities: z.array(z.object({ number: z.string(), title: z.string() })),
});
export type TQuestionUse = z.infer<typeof ZQuestionUseSchema>;

/** `GET /api/assessments/:id/plan/where-used?question=`: where the question ends up in the plan. */
export const ZWhereUsedResponseSchema = z.object({ question: z.string(), candidates: z.array(ZQuestionUseSchema) });
export type TWhereUsedResponse = z.infer<typeof ZWhereUsedResponseSchema>;

// An Annex 11 KPI metadata sheet: see lib/domain/plan/kpi-sheet.ts for what its fields hold.

/** The text fields of a sheet (every Annex 11 field but g), by field name. */
const TEXT_FIELD_NAMES = kpiMetadataFields.filter((f) => f.field !== 'types').map((f) => f.field);

const ZText = z.string().trim().max(4000, 'Use at most 4,000 characters.');
const ZShort = z.string().trim().max(200, 'Use at most 200 characters.');
const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date.');

/** A sheet as the editor sends it (`PUT /api/assessments/:id/kpis/:kpiId`). */
export const ZKpiSheetInputSchema = z.object({
  fields: z
    .record(z.string(), ZText)
    .refine((r) => Object.keys(r).every((k) => TEXT_FIELD_NAMES.includes(k)), 'Unknown field.'),
  types: z.array(z.string().refine((t) => kpiTypologies.includes(t), 'Not an Annex 10 typology.')).max(30),
  // The selection criteria (Part III step 3) the facilitators credit the KPI with, by id. Optional
  // in requests: a sheet saved without them credits none.
  criteria: z
    .array(z.string().refine((c) => kpiSelectionCriteria.some((k) => k.id === c), 'Not a KPI selection criterion.'))
    .max(kpiSelectionCriteria.length)
    .default([]),
  baselineValue: ZShort.nullable(),
  baselineDate: ZDate.nullable(),
  // Optional in requests: a sheet saved without them keeps reading its target from field l.
  targetNumber: z.number().finite().nullable().default(null),
  targetDate: ZDate.nullable().default(null),
  owner: ZShort.nullable(),
  custodian: ZShort.nullable(),
  steward: ZShort.nullable(),
});
export type TKpiSheetInput = z.infer<typeof ZKpiSheetInputSchema>;

/** A stored sheet. */
export const ZKpiSheetSchema = ZKpiSheetInputSchema.extend({ id: z.string(), name: z.string(), updatedAt: z.string() });
export type TKpiSheet = z.infer<typeof ZKpiSheetSchema>;

/** A new sheet: blank, or the guide's own Annex 11 example. */
export const ZNewKpiSheetSchema = z.object({ template: z.enum(['blank', 'annex11']) });

/** `GET /api/assessments/:id/kpis`: every sheet of the assessment. */
export const ZKpiSheetsResponseSchema = z.object({ kpis: z.array(ZKpiSheetSchema) });
export type TKpiSheetsResponse = z.infer<typeof ZKpiSheetsResponseSchema>;

/** `POST /api/assessments/:id/kpis`: the sheet made. */
export const ZNewKpiSheetResponseSchema = z.object({ kpi: ZKpiSheetSchema });
export type TNewKpiSheetResponse = z.infer<typeof ZNewKpiSheetResponseSchema>;

/** `GET` and `PUT /api/assessments/:id/kpis/:kpiId`: the sheet and the mandatory fields it still misses. */
export const ZKpiSheetResponseSchema = z.object({ kpi: ZKpiSheetSchema, missing: z.array(z.string()) });
export type TKpiSheetResponse = z.infer<typeof ZKpiSheetResponseSchema>;

/** One activity of the plan as its Yjs document holds it; monitoring tracks the adopted ones. */
export const ZPlanActivitySchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  responsible: z.string(),
  ownerId: z.string().nullable(),
  target: z.string(),
  resources: z.string(),
  budget: z.number().nullable(),
  staff: z.number().nullable(),
  start: z.string().nullable(),
  due: z.string().nullable(),
  strategicLink: z.string(),
  kpiIds: z.array(z.string()),
  candidateId: z.string().nullable(),
}) satisfies z.ZodType<TPlanActivity>;

/** The plan's tree as read from its Yjs document (lib/domain/plan/plan-tree.ts). */
const ZPlanDraftSchema = z.object({
  outcomes: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      objectives: z.array(
        z.object({ id: z.string(), number: z.string(), title: z.string(), activities: z.array(ZPlanActivitySchema) }),
      ),
    }),
  ),
  orphans: z.array(z.object({ id: z.string(), kind: z.enum(['objective', 'activity']), title: z.string() })),
}) satisfies z.ZodType<TPlanDraft>;

/** The plan at one moment with what it refers to resolved; an adopted version stores exactly this. */
const ZPlanSnapshotSchema = z.object({
  draft: ZPlanDraftSchema,
  context: z.record(
    z.string(),
    z.object({
      priority: z.enum(['high', 'medium', 'low']).nullable(),
      sources: z.array(z.string()),
      ownerName: z.string().nullable(),
    }) satisfies z.ZodType<TActivityContext>,
  ),
  kpiSheets: z.array(ZKpiSheetSchema),
  communication: z.string().optional(),
});

/** `GET /api/assessments/:id/plan`: the current draft, every adopted version, every submission. */
export const ZPlanResponseSchema = z.object({
  draft: ZPlanSnapshotSchema,
  versions: z.array(
    ZPlanSnapshotSchema.extend({ version: z.number(), strategyLink: z.string(), adoptedAt: z.string() }),
  ),
  submissions: z.array(ZPlanSubmissionSchema),
});
export type TPlanResponse = z.infer<typeof ZPlanResponseSchema>;

/**
 * `POST /api/assessments/:id/plan/endorsements`: a top government official (a minister, the prime
 * minister's office) endorsed the adopted action plan.
 */
export const ZEndorsementSchema = z.object({
  name: z
    .string({ error: 'Name who endorsed the plan.' })
    .trim()
    .min(1, 'Name who endorsed the plan.')
    .max(200, 'Use at most 200 characters.'),
  office: z
    .string({ error: 'Give their office.' })
    .trim()
    .min(1, 'Give their office.')
    .max(200, 'Use at most 200 characters.'),
  endorsedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date.'),
  note: z.string().trim().max(2000, 'Use at most 2,000 characters.').default(''),
});
export type TEndorsementInput = z.infer<typeof ZEndorsementSchema>;

/** One recorded endorsement of the action plan. */
export const ZEndorsementRecordSchema = ZEndorsementSchema.extend({
  id: z.string(),
  recordedBy: ZPersonSchema,
  createdAt: z.string(),
});
export type TEndorsement = z.infer<typeof ZEndorsementRecordSchema>;

/** `GET`/`POST /api/assessments/:id/plan/endorsements`: the endorsements by date. */
export const ZEndorsementsResponseSchema = z.object({ endorsements: z.array(ZEndorsementRecordSchema) });
export type TEndorsementsResponse = z.infer<typeof ZEndorsementsResponseSchema>;

/** `POST /api/assessments/:id/plan/example`: the KPI sheets of the guide’s Annex 9 example, in activity order. */
export const ZPlanExampleResponseSchema = z.object({ kpiIds: z.array(z.string()) });
export type TPlanExampleResponse = z.infer<typeof ZPlanExampleResponseSchema>;
