'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { THiddenQuestion } from '@/lib/domain/checklist/checklist-adaptation';
import { useChecklistAdaptation } from './adaptation-context';

/** The area's hidden questions with their reasons; facilitators can show each again. */
export function HiddenQuestions({ hidden }: { hidden: readonly THiddenQuestion[] }) {
  const { assessmentId, canAdapt } = useChecklistAdaptation();
  const t = useTranslations('checklistAdaptation');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (hidden.length === 0) return null;

  async function unhide(key: string) {
    const res = await sendJson(
      `/api/assessments/${assessmentId}/checklist/hidden/${encodeURIComponent(key)}`,
      'DELETE',
    );
    if (!res.ok) return setError(res.error);
    setError(null);
    setDone(t('shownAgain'));
    router.refresh();
  }

  return (
    <details className="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t('hiddenHeading', { n: hidden.length })}</summary>
      <ul className="mt-2 grid gap-2">
        {hidden.map((h) => (
          <li key={h.key} className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <p>
                <span className="mr-2 font-semibold">{h.label}.</span>
                {h.text}
              </p>
              <p className="text-slate-700">{t('hiddenBecause', { reason: h.reason })}</p>
            </div>
            {canAdapt && (
              <Button variant="secondary" onClick={() => void unhide(h.key)}>
                {t('showAgain')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <FormError message={error} />
      <p role="status">{done}</p>
    </details>
  );
}
