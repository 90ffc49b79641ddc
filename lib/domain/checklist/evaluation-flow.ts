import type { TAnswerStatus } from '../../collab/layout';

// The reasoning of the guide's Figure 5 (Part II, step 5: evaluation of existing integrity
// measures and controls), from a checklist question to its evaluation: which measures and
// controls exist, whether they are effective, and so what gap remains.

/** What exists for the question: some measures or controls, none, or the question does not apply. */
export type TMeasures = 'exist' | 'none' | 'not-applicable';
/** Whether the existing measures work: fully, or only partly (or not at all). */
export type TEffectiveness = 'yes' | 'partly';

/** The evaluation the flow leads to, or null while it needs an answer on effectiveness. */
export function evaluationOf(measures: TMeasures | null, effective: TEffectiveness | null): TAnswerStatus | null {
  if (measures === 'none') return 'action-required';
  if (measures === 'not-applicable') return 'not-applicable';
  if (measures === 'exist' && effective) return effective === 'yes' ? 'in-place' : 'needs-improvement';
  return null;
}
