'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import type { TStartRoundResponse } from '@/lib/contracts/monitoring';

/** Starts the review round from this assessment, answers and open activities carried over by choice. */
export function StartRoundForm({ assessmentId, defaultTitle }: { assessmentId: string; defaultTitle: string }) {
  const t = useTranslations('monitoring');
  const [title, setTitle] = useState(defaultTitle);
  const [carryAnswers, setCarryAnswers] = useState(true);
  const [carryActivities, setCarryActivities] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [created, setCreated] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await sendJson<TStartRoundResponse>(`/api/assessments/${assessmentId}/review-round`, 'POST', {
      title,
      carryAnswers,
      carryActivities,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setFieldErrors({});
    setCreated(result.data.assessmentId);
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-3">
      <FormError message={error} />
      <Field id="round-title" label={t('fieldTitle')} errors={fieldErrors.title}>
        <input
          id="round-title"
          className={`${inputClass} max-w-md`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
        />
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={carryAnswers}
          onChange={(e) => setCarryAnswers(e.target.checked)}
          className="mt-1"
        />
        {t('carryAnswers')}
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={carryActivities}
          onChange={(e) => setCarryActivities(e.target.checked)}
          className="mt-1"
        />
        {t('carryActivities')}
      </label>
      <Button type="submit" disabled={busy || created !== null}>
        {busy ? t('starting') : t('startRound')}
      </Button>
      <div role="status" aria-live="polite" className="text-sm">
        {created && (
          <p className="text-green-800">
            {t.rich('roundStartedOpen', {
              link: (chunks) => (
                <Link href={`/assessments/${created}/review`} className="font-semibold text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </div>
    </form>
  );
}
