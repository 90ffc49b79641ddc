import type { TFindingKind } from '@/lib/collab/findings-layout';

/** One finding of each kind, as its own heading names it ("Weakness 2"). */
export const FINDING_SINGULAR: Record<TFindingKind, string> = {
  strengths: 'Strength',
  weaknesses: 'Weakness',
  risks: 'Risk',
  activities: 'Proposed activity',
};
