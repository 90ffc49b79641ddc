import { z } from 'zod';

/** Most questions a survey may have, options a choice may offer, and characters a free-text answer may hold. */
export const SURVEY_LIMITS = {
  questions: 60,
  options: 20,
  textAnswer: 2000,
  optionLength: 200,
  questionLength: 500,
} as const;

export const SURVEY_QUESTION_TYPES = ['scale', 'single', 'multiple', 'text'] as const;
export type TSurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];

const text = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, missing).max(max);
const ZQuestionIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'A question id is lower-case letters, digits and dashes.');

const ZScaleQuestionSchema = z.object({
  id: ZQuestionIdSchema,
  type: z.literal('scale'),
  text: text(SURVEY_LIMITS.questionLength, 'Write the question.'),
  required: z.boolean(),
  /** Points of the scale, 1..points (3 to 10). */
  points: z.number().int().min(3, 'A scale has at least 3 points.').max(10, 'A scale has at most 10 points.'),
  minLabel: z.string().trim().max(80),
  maxLabel: z.string().trim().max(80),
});
const ZChoiceQuestionSchema = z.object({
  id: ZQuestionIdSchema,
  type: z.enum(['single', 'multiple']),
  text: text(SURVEY_LIMITS.questionLength, 'Write the question.'),
  required: z.boolean(),
  options: z
    .array(text(SURVEY_LIMITS.optionLength, 'An option cannot be empty.'))
    .min(2, 'Give at least two options.')
    .max(SURVEY_LIMITS.options, `At most ${SURVEY_LIMITS.options} options.`)
    .refine((o) => new Set(o).size === o.length, 'Options must differ.'),
  /**
   * A grouping question (unit, gender, client type...): results can be broken down by its answers. Single choice only.
   */
  grouping: z.boolean(),
});
const ZTextQuestionSchema = z.object({
  id: ZQuestionIdSchema,
  type: z.literal('text'),
  text: text(SURVEY_LIMITS.questionLength, 'Write the question.'),
  required: z.boolean(),
});

export const ZSurveyQuestionSchema = z.discriminatedUnion('type', [
  ZScaleQuestionSchema,
  ZChoiceQuestionSchema,
  ZTextQuestionSchema,
]);
export type TSurveyQuestion = z.infer<typeof ZSurveyQuestionSchema>;

/** A survey's editable content, as the builder sends it. */
export const ZSurveyContentSchema = z
  .object({
    title: text(200, 'Give the survey a title.'),
    intro: z.string().trim().max(4000),
    audience: z.enum(['staff', 'clients', 'other']),
    invitationOnly: z.boolean(),
    questions: z
      .array(ZSurveyQuestionSchema)
      .min(1, 'Add at least one question.')
      .max(SURVEY_LIMITS.questions, `At most ${SURVEY_LIMITS.questions} questions.`),
  })
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.questions.forEach((q, i) => {
      if (ids.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: 'Two questions have the same id.' });
      ids.add(q.id);
      if (q.type === 'multiple' && q.grouping)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'grouping'],
          message: 'Only a single-choice question can group the results.',
        });
    });
  });
export type TSurveyContent = z.infer<typeof ZSurveyContentSchema>;

/** One answer: a scale point, an option index, option indexes, or text; absent when skipped. */
export type TSurveyAnswerValue = number | number[] | string;
export type TSurveyAnswers = Record<string, TSurveyAnswerValue>;

/** The public answer request: answers by question id, and the invitation token when the survey needs one. */
export const ZSurveySubmissionSchema = z.object({
  answers: z.record(
    z.string().max(40),
    z.union([
      z.number().int(),
      z.array(z.number().int()).max(SURVEY_LIMITS.options),
      z.string().max(SURVEY_LIMITS.textAnswer, `An answer is at most ${SURVEY_LIMITS.textAnswer} characters.`),
    ]),
  ),
  invitation: z.string().max(100).optional(),
});

/**
 * Checks answers against the survey's questions: every value must fit its question, unknown
 * questions are refused, required ones must be answered. Returns the cleaned answers (empty
 * text dropped) or the errors per question id.
 */
export function validateAnswers(
  questions: readonly TSurveyQuestion[],
  raw: Record<string, unknown>,
): { ok: true; answers: TSurveyAnswers } | { ok: false; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const answers: TSurveyAnswers = {};
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(raw)) if (!byId.has(key)) errors[key] = ['No such question.'];
  for (const q of questions) {
    const v = raw[q.id];
    const empty =
      v === undefined ||
      v === null ||
      (typeof v === 'string' && v.trim() === '') ||
      (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (q.required) errors[q.id] = ['This question needs an answer.'];
      continue;
    }
    if (q.type === 'scale') {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= q.points) answers[q.id] = v;
      else errors[q.id] = [`Choose a point from 1 to ${q.points}.`];
    } else if (q.type === 'single') {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < q.options.length) answers[q.id] = v;
      else errors[q.id] = ['Choose one of the options.'];
    } else if (q.type === 'multiple') {
      const ok =
        Array.isArray(v) &&
        v.every((i) => typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < q.options.length);
      if (ok) answers[q.id] = [...new Set(v as number[])].sort((a, b) => a - b);
      else errors[q.id] = ['Choose among the options.'];
    } else if (typeof v === 'string' && v.length <= SURVEY_LIMITS.textAnswer) answers[q.id] = v.trim();
    else errors[q.id] = [`Write at most ${SURVEY_LIMITS.textAnswer} characters.`];
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}
