'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import { ACTIVITY_STATUSES, type TActivityStatus } from '@/lib/domain/monitoring/monitoring-types';
import type { TTrackedActivityView } from '@/lib/contracts/monitoring';
import { statusLabel } from './labels';

/**
 * One tracked activity's forms, for its owner or a facilitator: post a progress update; change its
 * dates and dependencies.
 */
export function ActivityForms({
  assessmentId,
  activity,
  others,
}: {
  assessmentId: string;
  activity: TTrackedActivityView;
  others: TTrackedActivityView[];
}) {
  const t = useTranslations('monitoring');
  const router = useRouter();
  const base = `/api/assessments/${assessmentId}/monitoring/activities/${encodeURIComponent(activity.id)}`;
  const idp = `act-${activity.id}`;
  const [status, setStatus] = useState<TActivityStatus>(activity.status);
  const [percent, setPercent] = useState(String(activity.percent));
  const [note, setNote] = useState('');
  const [startDate, setStart] = useState(activity.startDate ?? '');
  const [dueDate, setDue] = useState(activity.dueDate ?? '');
  const [dependsOn, setDependsOn] = useState<string[]>(activity.dependsOn);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState('');

  async function submit(e: FormEvent, kind: 'update' | 'schedule') {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone('');
    const result =
      kind === 'update'
        ? await sendJson(`${base}/updates`, 'POST', { status, percent: Number(percent), note })
        : await sendJson(base, 'PUT', {
            status,
            percent: Number(percent),
            startDate: startDate || null,
            dueDate: dueDate || null,
            dependsOn,
          });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setFieldErrors({});
    if (kind === 'update') setNote('');
    setDone(kind === 'update' ? t('updatePosted') : t('scheduleSaved'));
    router.refresh();
  }

  return (
    <div className="mt-2 space-y-3 rounded border border-slate-300 bg-slate-50 p-3">
      <h4 className="font-semibold">{t('updateActivity', { number: activity.number })}</h4>
      <FormError message={error} />
      <form onSubmit={(e) => void submit(e, 'update')} className="space-y-2">
        <div className="flex flex-wrap gap-3">
          <Field id={`${idp}-status`} label={t('fieldStatus')} errors={fieldErrors.status}>
            <select
              id={`${idp}-status`}
              className={inputClass}
              value={status}
              onChange={(e) => setStatus(e.target.value as TActivityStatus)}
            >
              {ACTIVITY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(t, s)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${idp}-percent`} label={t('fieldPercent')} errors={fieldErrors.percent}>
            <input
              id={`${idp}-percent`}
              type="number"
              min={0}
              max={100}
              step={1}
              className={`${inputClass} w-24`}
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
            />
          </Field>
        </div>
        <Field id={`${idp}-note`} label={t('fieldNote')} errors={fieldErrors.note}>
          <textarea
            id={`${idp}-note`}
            className={inputClass}
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            required
          />
        </Field>
        <Button type="submit" disabled={busy}>
          {t('postUpdate')}
        </Button>
      </form>
      <form onSubmit={(e) => void submit(e, 'schedule')} className="space-y-2 border-t border-slate-300 pt-2">
        <div className="flex flex-wrap gap-3">
          <Field id={`${idp}-start`} label={t('fieldStart')} errors={fieldErrors.startDate}>
            <input
              id={`${idp}-start`}
              type="date"
              className={inputClass}
              value={startDate}
              onChange={(e) => setStart(e.target.value)}
            />
          </Field>
          <Field id={`${idp}-due`} label={t('fieldDue')} errors={fieldErrors.dueDate}>
            <input
              id={`${idp}-due`}
              type="date"
              className={inputClass}
              value={dueDate}
              onChange={(e) => setDue(e.target.value)}
            />
          </Field>
        </div>
        {others.length > 0 && (
          <fieldset>
            <legend className="text-sm font-medium">{t('fieldDependsOn')}</legend>
            {others.map((o) => (
              <label key={o.id} className="mr-3 inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={dependsOn.includes(o.id)}
                  onChange={(e) =>
                    setDependsOn(e.target.checked ? [...dependsOn, o.id] : dependsOn.filter((d) => d !== o.id))
                  }
                />
                {o.number}
              </label>
            ))}
            {fieldErrors.dependsOn?.map((m) => (
              <p key={m} role="alert" className="text-sm text-red-700">
                {m}
              </p>
            ))}
          </fieldset>
        )}
        <Button type="submit" variant="secondary" disabled={busy}>
          {t('saveSchedule')}
        </Button>
      </form>
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {done}
      </p>
    </div>
  );
}
