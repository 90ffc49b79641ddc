'use client';

import { lazyComponent } from '@/components/ui/lazy-component';
import { useChecklistAdaptation } from './adaptation-context';

// Its own chunk: only facilitators of a targeted assessment see it, on every question of the page.
const HideQuestionForm = lazyComponent(() => import('./hide-question-form').then((m) => m.HideQuestionForm));

/** "Hide…" on a question, for those who may adapt a targeted assessment's checklist; nothing for anyone else. */
export function HideQuestionControl({ questionKey, label }: { questionKey: string; label: string }) {
  const { canAdapt, targeted } = useChecklistAdaptation();
  if (!canAdapt || !targeted) return null;
  return <HideQuestionForm questionKey={questionKey} label={label} />;
}
