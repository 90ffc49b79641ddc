'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import { FINDING_OUTCOMES, OUTCOME_VIEW, type TFindingOutcome } from '@/lib/domain/workshop/findings-rules';
import type { TFindingOutcomeRecord, TOutcomeResponse } from '@/lib/contracts/report-back';

type TOutcomeControlsProps = {
  assessmentId: string;
  groupId: string;
  findingId: string;
  /** e.g. "weakness 2", for the buttons' accessible names. */
  name: string;
  current: TFindingOutcome | null;
  onSaved: (outcome: TFindingOutcomeRecord | null) => void;
};

/** The facilitators' buttons to mark a finding agreed, disputed or parked, or to clear it. */
export function OutcomeControls({ assessmentId, groupId, findingId, name, current, onSaved }: TOutcomeControlsProps) {
  const t = useTranslations('workshop');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (outcome: TFindingOutcome | null) => {
    setBusy(true);
    setError(null);
    const res = await sendJson<TOutcomeResponse>(
      `/api/assessments/${assessmentId}/findings/${findingId}/outcome`,
      'PUT',
      { groupId, outcome },
    );
    setBusy(false);
    if (res.ok) onSaved(res.data.outcome);
    else setError(res.error);
  };
  return (
    <div className="grid gap-1">
      <div role="group" aria-label={t('outcomeOf', { name })} className="flex flex-wrap gap-1">
        {FINDING_OUTCOMES.map((o) => (
          <button
            key={o}
            type="button"
            aria-pressed={current === o}
            disabled={busy}
            onClick={() => void save(current === o ? null : o)}
            className="rounded border border-slate-400 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-100 aria-pressed:border-brand-700 aria-pressed:bg-brand-100 aria-pressed:text-brand-900"
          >
            <span aria-hidden="true">{OUTCOME_VIEW[o].icon} </span>
            {t(`outcome.${o}`)}
          </button>
        ))}
      </div>
      {current && <p className="text-xs text-slate-600">{t('clearHint')}</p>}
      <FormError message={error} />
    </div>
  );
}
