'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { insertPlanExample } from '@/lib/collab/plan-example';
import type { TPlanExampleResponse } from '@/lib/contracts/plan';
import { usePlanContext } from './plan-context';

/**
 * Starts an empty plan from the guide's Annex 9 example: the server makes its KPI sheets (and
 * refuses a plan with rows), then the rows are written into the live draft, as one change that
 * every member sees arrive.
 */
export function StartFromExample({ disabled }: { disabled: boolean }) {
  const t = useTranslations('plan');
  const router = useRouter();
  const { assessmentId, doc, user } = usePlanContext();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    const res = await sendJson<TPlanExampleResponse>(`/api/assessments/${assessmentId}/plan/example`, 'POST');
    setBusy(false);
    if (!res.ok) return setError(res.error);
    // Someone may have added a row since the server read the draft: the live draft decides.
    if (!insertPlanExample(doc, res.data.kpiIds, user)) return setError(t('exampleNotEmpty'));
    setError(null);
    // The example's KPI sheets are new: the board's list of sheets is read again.
    router.refresh();
  };
  return (
    <div className="grid justify-items-start gap-2 rounded-md border border-dashed border-slate-300 p-3">
      <p className="text-sm text-slate-700">{t('exampleIntro')}</p>
      <Button variant="secondary" onClick={() => void start()} disabled={disabled || busy}>
        {t('exampleStart')}
      </Button>
      <FormError message={error} />
    </div>
  );
}
