'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { LoadingStatus } from '@/components/ui/loading-status';
import type { TAnswerStatus } from '@/lib/collab/layout';
import type { TEffectiveness, TMeasures } from '@/lib/domain/checklist/evaluation-flow';
import { lazyComponent } from '@/components/ui/lazy-component';

// Fetched on the first opening (see the panel): the guide's process data stays off the page's first load.
const EvaluationGuidePanel = lazyComponent(
  () => import('./evaluation-guide-panel').then((m) => m.EvaluationGuidePanel),
  {
    loading: () => <LoadingStatus />,
  },
);

type TEvaluationGuideProps = {
  /** `12`, or `A1` for a question the administration added. */
  questionNumber: number | string;
  value: TAnswerStatus | null;
  disabled: boolean;
  onChange: (value: TAnswerStatus) => void;
};

/**
 * How to evaluate a question the guide's way (Part II, step 5, and its Figure 5): what measures
 * and controls exist, whether they are effective, and what gap remains, leading to one of the
 * evaluations. Its steps are local to the reader; only the evaluation it ends with is written,
 * through the same status map the select writes, and the answer stays in the shared editor.
 */
export function EvaluationGuide({ questionNumber, value, disabled, onChange }: TEvaluationGuideProps) {
  const t = useTranslations('checklist');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [measures, setMeasures] = useState<TMeasures | null>(null);
  const [effective, setEffective] = useState<TEffectiveness | null>(null);
  return (
    <div className="mt-2 text-sm">
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 aria-expanded:border-brand-600 aria-expanded:bg-brand-50"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={t('evaluationGuide.openFor', { n: questionNumber })}
        onClick={() => setOpen((o) => !o)}
      >
        {t('evaluationGuide.open')}
      </button>
      {open && (
        <EvaluationGuidePanel
          id={id}
          value={value}
          disabled={disabled}
          onChange={onChange}
          measures={measures}
          setMeasures={setMeasures}
          effective={effective}
          setEffective={setEffective}
        />
      )}
    </div>
  );
}
