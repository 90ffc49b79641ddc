'use client';

import { useTranslations } from 'next-intl';
import { OUTCOME_VIEW } from '@/lib/domain/workshop/findings-rules';
import type { TFindingOutcomeRecord } from '@/lib/contracts/report-back';

const TONE = {
  agreed: 'border-green-300 bg-green-50 text-green-900',
  disputed: 'border-red-300 bg-red-50 text-red-900',
  parked: 'border-amber-300 bg-amber-50 text-amber-900',
} as const;

/** The plenary's outcome of a finding, as text with an icon, wherever the finding is shown. */
export function OutcomeBadge({ outcome }: { outcome: TFindingOutcomeRecord | undefined }) {
  const t = useTranslations('workshop');
  if (!outcome) return null;
  const view = OUTCOME_VIEW[outcome.outcome];
  const label = t(`outcome.${outcome.outcome}`);
  return (
    <span
      data-testid="outcome-badge"
      title={t('outcomeBy', { outcome: label, name: outcome.decidedBy.name })}
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${TONE[outcome.outcome]}`}
    >
      <span aria-hidden="true">{view.icon}</span>
      {label}
    </span>
  );
}
