'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import { DataTable } from '@/components/ui/data-table';
import { ACTIVITY_STATUSES, type TActivityStatus } from '@/lib/domain/monitoring/monitoring-types';
import { useFormat } from '@/lib/i18n/client';
import type { TProgressUpdate, TTrackedActivityView } from '@/lib/contracts/monitoring';
import { STATUS_CLASS, flagLabel, statusLabel } from './labels';

type TProps = {
  assessmentId: string;
  activities: TTrackedActivityView[];
  updates: TProgressUpdate[];
  kpiNames: Record<string, string>;
  userId: string;
  canUpdateAll: boolean;
  canReport: boolean;
};

/**
 * The adopted activities with status, progress, dates and red flags; the owner or a facilitator updates each in place.
 */
export function TrackingList({ assessmentId, activities, updates, kpiNames, userId, canUpdateAll, canReport }: TProps) {
  const t = useTranslations('monitoring');
  const f = useFormat();
  const numbers = new Map(activities.map((a) => [a.id, a.number]));
  return (
    <DataTable
      caption={t('trackingCaption')}
      captionHidden
      rows={activities}
      rowKey={(a) => a.id}
      rowTestId={(a) => `activity-${a.number}`}
      columns={[
        {
          key: 'activity',
          header: t('colActivity'),
          rowHeader: true,
          sortValue: (a) => a.number,
          cell: (a) => (
            <>
              <span className="font-semibold">{a.number}</span> {a.title}
              <details className="mt-1">
                <summary className="cursor-pointer text-brand-700 hover:underline">{t('showUpdates')}</summary>
                <UpdateHistory updates={updates.filter((u) => u.activityId === a.id)} />
                {(canUpdateAll || (canReport && a.ownerId === userId)) && (
                  <ActivityForms
                    assessmentId={assessmentId}
                    activity={a}
                    others={activities.filter((o) => o.id !== a.id)}
                  />
                )}
              </details>
            </>
          ),
        },
        {
          key: 'responsible',
          header: t('colResponsible'),
          sortValue: (a) => a.ownerName ?? a.responsible,
          cell: (a) => a.ownerName ?? a.responsible,
        },
        {
          key: 'status',
          header: t('colStatus'),
          sortValue: (a) => ACTIVITY_STATUSES.indexOf(a.status),
          cell: (a) => (
            <span className={`inline-block rounded border px-2 py-0.5 text-xs ${STATUS_CLASS[a.status]}`}>
              {statusLabel(t, a.status)}
            </span>
          ),
        },
        {
          key: 'progress',
          header: t('colProgress'),
          sortValue: (a) => a.percent,
          cell: (a) => (
            <>
              <progress
                max={100}
                value={a.percent}
                aria-label={`${t('colProgress')} ${a.number}`}
                className="h-2 w-20"
              />{' '}
              {f.percent(a.percent / 100)}
            </>
          ),
        },
        {
          key: 'start',
          header: t('colStart'),
          sortValue: (a) => a.startDate,
          cell: (a) => (a.startDate ? f.day(a.startDate) : t('noDate')),
        },
        {
          key: 'due',
          header: t('colDue'),
          sortValue: (a) => a.dueDate,
          cell: (a) => (a.dueDate ? f.day(a.dueDate) : t('noDate')),
        },
        {
          key: 'dependsOn',
          header: t('colDependsOn'),
          cell: (a) => a.dependsOn.map((d) => numbers.get(d) ?? d).join(', ') || t('noDate'),
        },
        {
          key: 'lastUpdate',
          header: t('colLastUpdate'),
          sortValue: (a) => a.lastUpdate?.createdAt ?? null,
          cell: (a) => (a.lastUpdate ? f.date(a.lastUpdate.createdAt) : t('noUpdateYet')),
        },
        {
          key: 'flags',
          header: t('colFlags'),
          sortValue: (a) => a.flags.length,
          cell: (a) =>
            a.flags.length > 0 && (
              <ul className="text-red-800">
                {a.flags.map((fl) => (
                  <li key={`${fl.kind}-${'kpiId' in fl ? fl.kpiId : ''}`}>
                    <span aria-hidden="true">⚑ </span>
                    {flagLabel(t, fl, (id) => kpiNames[id] ?? id)}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

function UpdateHistory({ updates }: { updates: TProgressUpdate[] }) {
  const t = useTranslations('monitoring');
  const f = useFormat();
  if (updates.length === 0) return <p className="my-2 text-slate-600">{t('noUpdates')}</p>;
  return (
    <ol className="my-2 space-y-1" aria-label={t('updatesHistory')}>
      {updates.map((u) => (
        <li key={u.id} className="rounded border border-slate-200 p-2">
          <p className="text-xs text-slate-600">
            {t('updateBy', { name: u.author.name, date: f.dateTime(u.createdAt) })} · {statusLabel(t, u.status)} ·{' '}
            {f.percent(u.percent / 100)}
          </p>
          <p className="whitespace-pre-wrap">{u.note}</p>
        </li>
      ))}
    </ol>
  );
}

function ActivityForms({
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
