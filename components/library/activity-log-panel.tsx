'use client';

import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useFormat, useT } from '@/lib/i18n/client';
import { libraryMessages } from '@/lib/i18n/messages/library';
import type { TActivityKind, TActivityLogEntry } from '@/lib/contracts/library';
import type { TPerson } from '@/lib/contracts/shared';

type TProps = {
  assessmentId: string;
  initial: TActivityLogEntry[];
  canRecord: boolean;
  members: TPerson[];
  fieldVisits: boolean;
};

/**
 * The step 3 and 4 activity log (document reviews, interviews, field visits, meetings) with who
 * took part; facilitators record.
 */
export function ActivityLogPanel({ assessmentId, initial, canRecord, members, fieldVisits }: TProps) {
  const t = useT(libraryMessages);
  const f = useFormat();
  const [entries, setEntries] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const kinds: TActivityKind[] = [
    'interview',
    'meeting',
    'document-review',
    ...(fieldVisits ? (['field-visit'] as const) : []),
  ];
  const kindLabel: Record<TActivityKind, string> = {
    'document-review': t('kindReview'),
    interview: t('kindInterview'),
    'field-visit': t('kindVisit'),
    meeting: t('kindMeeting'),
  };
  const base = `/api/assessments/${assessmentId}/activity-log`;
  const reload = async () => {
    const res = await fetch(base);
    if (res.ok) setEntries(((await res.json()) as { entries: TActivityLogEntry[] }).entries);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const res = await sendJson(base, 'POST', {
      step: Number(data.get('step')),
      kind: data.get('kind'),
      title: data.get('title'),
      heldOn: data.get('heldOn'),
      notes: data.get('notes') ?? '',
      participantIds: data.getAll('participantIds'),
      others: data.get('others') ?? '',
    });
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    form.reset();
    await reload();
  };
  const remove = async (id: string) => {
    const res = await sendJson(`${base}/${id}`, 'DELETE');
    if (!res.ok) return setError(res.error);
    await reload();
  };

  return (
    <section aria-labelledby="activity-log" className="mt-8">
      <h3 id="activity-log" className="text-lg font-semibold">
        {t('logTitle')}
      </h3>
      <p className="mb-2 text-sm text-slate-700">{t('logIntro')}</p>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{t('logEmpty')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-2">
                {t('date')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t('step')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t('activity')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t('participants')}
              </th>
              {canRecord && (
                <th scope="col" className="py-1">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-2 whitespace-nowrap">{f.date(`${e.heldOn}T12:00:00Z`)}</td>
                <td className="py-1 pr-2">{e.step}</td>
                <td className="py-1 pr-2">
                  <span className="font-medium">{kindLabel[e.kind]}</span>: {e.title}
                  {e.notes && <p className="text-xs text-slate-600">{e.notes}</p>}
                </td>
                <td className="py-1 pr-2">
                  {f.list([...e.participants.map((p) => p.name), ...(e.others ? [e.others] : [])])}
                </td>
                {canRecord && (
                  <td className="py-1">
                    {e.source === 'recorded' && (
                      <button
                        type="button"
                        className="text-xs text-red-800 underline"
                        onClick={() => void remove(e.id)}
                        aria-label={t('removeEntry', { title: e.title })}
                      >
                        {t('remove')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canRecord && (
        <form
          onSubmit={(e) => void submit(e)}
          className="mt-4 grid max-w-2xl gap-3 rounded-md border border-slate-200 bg-white p-3"
          aria-labelledby="log-add"
        >
          <h4 id="log-add" className="font-semibold">
            {t('logAdd')}
          </h4>
          <FormError message={error} />
          <div className="flex flex-wrap gap-3">
            <Field id="log-step" label={t('step')}>
              <select id="log-step" name="step" className={inputClass}>
                <option value="3">{t('step3')}</option>
                <option value="4">{t('step4')}</option>
              </select>
            </Field>
            <Field id="log-kind" label={t('activityKind')} errors={fieldErrors.kind}>
              <select id="log-kind" name="kind" className={inputClass}>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel[k]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="log-date" label={t('date')} errors={fieldErrors.heldOn}>
              <input id="log-date" name="heldOn" type="date" required className={inputClass} />
            </Field>
          </div>
          <Field id="log-title" label={t('activity')} errors={fieldErrors.title}>
            <input id="log-title" name="title" required maxLength={200} className={inputClass} />
          </Field>
          <fieldset className="grid gap-1 text-sm">
            <legend className="font-medium">{t('participants')}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {members.map((m) => (
                <label key={m.id} className="flex items-center gap-1">
                  <input type="checkbox" name="participantIds" value={m.id} /> {m.name}
                </label>
              ))}
            </div>
          </fieldset>
          <Field id="log-others" label={t('others')} hint={t('othersHint')}>
            <input id="log-others" name="others" maxLength={1000} className={inputClass} />
          </Field>
          <Field id="log-notes" label={t('notes')}>
            <textarea id="log-notes" name="notes" rows={2} maxLength={4000} className={inputClass} />
          </Field>
          <div>
            <Button type="submit">{t('record')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
