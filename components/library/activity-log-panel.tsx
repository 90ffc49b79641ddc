'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useFormat } from '@/lib/i18n/client';
import type { TActivityKind, TActivityLogEntry, TActivityLogResponse } from '@/lib/contracts/library';
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
  const t = useTranslations('library');
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
    if (res.ok) setEntries(((await res.json()) as TActivityLogResponse).entries);
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
        <DataTable
          labelledBy="activity-log"
          initialSort={{ column: 'date', direction: 'ascending' }}
          rows={entries}
          rowKey={(e) => e.id}
          columns={[
            {
              key: 'date',
              header: t('date'),
              sortValue: (e) => e.heldOn,
              className: 'whitespace-nowrap',
              cell: (e) => f.date(`${e.heldOn}T12:00:00Z`),
            },
            { key: 'step', header: t('step'), sortValue: (e) => e.step, cell: (e) => e.step },
            {
              key: 'activity',
              header: t('activity'),
              rowHeader: true,
              sortValue: (e) => `${kindLabel[e.kind]}: ${e.title}`,
              cell: (e) => (
                <>
                  <span className="font-medium">{kindLabel[e.kind]}</span>: {e.title}
                  {e.notes && <p className="text-xs text-slate-600">{e.notes}</p>}
                </>
              ),
            },
            {
              key: 'participants',
              header: t('participants'),
              cell: (e) => f.list([...e.participants.map((p) => p.name), ...(e.others ? [e.others] : [])]),
            },
            ...(canRecord
              ? [
                  {
                    key: 'actions',
                    header: t('actions'),
                    hideHeader: true,
                    cell: (e: TActivityLogEntry) =>
                      e.source === 'recorded' && (
                        <button
                          type="button"
                          className="text-xs text-red-800 underline"
                          onClick={() => void remove(e.id)}
                          aria-label={t('removeEntry', { title: e.title })}
                        >
                          {t('remove')}
                        </button>
                      ),
                  },
                ]
              : []),
          ]}
        />
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
