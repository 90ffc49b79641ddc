'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { TKpiSheet, TKpiSheetResponse } from '@/lib/contracts/plan';
import { kpiSheetExample } from '@/lib/idg/process';

/** Offers to fill an empty sheet with the guide's Annex 11 example, once the facilitator confirms. */
export function KpiExampleFill({
  assessmentId,
  kpiId,
  onFilled,
}: {
  assessmentId: string;
  kpiId: string;
  onFilled: (kpi: TKpiSheet) => void;
}) {
  const t = useTranslations('plan');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fill = async () => {
    const res = await sendJson<TKpiSheetResponse>(`/api/assessments/${assessmentId}/kpis/${kpiId}/example`, 'POST', {});
    if (!res.ok) return setError(res.error);
    setError(null);
    setConfirming(false);
    onFilled(res.data.kpi);
  };
  return (
    <div className="grid gap-2 rounded border border-slate-200 bg-slate-50 p-2 text-sm">
      <FormError message={error} />
      {confirming ? (
        <>
          <p>{t('fillConfirm', { origin: kpiSheetExample.origin })}</p>
          <div className="flex gap-2">
            <Button onClick={() => void fill()}>{t('fillYes')}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('fillNo')}
            </Button>
          </div>
        </>
      ) : (
        <Button variant="secondary" className="justify-self-start" onClick={() => setConfirming(true)}>
          {t('fillFromExample')}
        </Button>
      )}
    </div>
  );
}
