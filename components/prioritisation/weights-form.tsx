'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import { type TCriterionOption, CriterionTitle } from './criteria';

/** The facilitators' weight of each criterion in the combined priority (0 leaves one out). */
export function WeightsForm({
  assessmentId,
  criteria,
  weights,
  onSaved,
}: {
  assessmentId: string;
  criteria: TCriterionOption[];
  weights: Record<string, number>;
  onSaved: () => void;
}) {
  const t = useTranslations('prioritisation');
  const [draft, setDraft] = useState(weights);
  const [error, setError] = useState<string | null>(null);
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium">{t('weightsSummary')}</summary>
      <form
        className="mt-2 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void sendJson(`/api/assessments/${assessmentId}/priorities/weights`, 'PUT', { weights: draft }).then(
            (res) => {
              setError(res.ok ? null : res.error);
              if (res.ok) onSaved();
            },
          );
        }}
      >
        {criteria.map((c) => (
          <label key={c.id} className="flex flex-col text-sm">
            <CriterionTitle criterion={c} />
            <input
              type="number"
              min={0}
              max={10}
              step={0.5}
              value={draft[c.id] ?? 1}
              onChange={(e) => setDraft((d) => ({ ...d, [c.id]: Number(e.target.value) }))}
              className={`${inputClass} w-24`}
            />
          </label>
        ))}
        <Button type="submit" variant="secondary">
          {t('saveWeights')}
        </Button>
        <FormError message={error} />
      </form>
    </details>
  );
}
