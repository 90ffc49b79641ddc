import { z } from 'zod';
import { isQuestionKey } from '../domain/checklist/checklist-adaptation';

/** The flags a facilitator may set on a checklist answer. */
export const ANSWER_FLAGS = ['sensitive'] as const;
export const ZAnswerFlagNameSchema = z.enum(ANSWER_FLAGS, { error: 'The only answer flag is "sensitive".' });
export type TAnswerFlagName = z.infer<typeof ZAnswerFlagNameSchema>;

/** The area of a question key (`transparency.20` → `transparency`). */
export function areaOfQuestionKey(key: string): string {
  return key.slice(0, key.lastIndexOf('.'));
}

/** One flag on one answer, as `PUT` and `DELETE /api/assessments/:id/answer-flags` take it. */
export const ZAnswerFlagInputSchema = z
  .object({
    questionKey: z
      .string({ error: 'Name the question (e.g. "transparency.20").' })
      .trim()
      .max(80)
      .refine(isQuestionKey, 'Not a checklist question.'),
    flag: ZAnswerFlagNameSchema.default('sensitive'),
  })
  .strict();
export type TAnswerFlagInput = z.infer<typeof ZAnswerFlagInputSchema>;

/** A flag as facilitators and senior management read it. */
export type TAnswerFlag = {
  questionKey: string;
  flag: TAnswerFlagName;
  setBy: { id: string; name: string } | null;
  setAt: string;
};
