'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TAssignment, TAssignmentsResponse } from '@/lib/contracts/notifications';
import type { TOkResponse, TPerson } from '@/lib/contracts/shared';
import { useFormat } from '@/lib/i18n/client';

type TSection = { code: string | null; questions: { key: string; number: number }[] };

/**
 * An area's assignments: who is to answer which question by when; for facilitators and the
 * rapporteur of the area's group, a form to assign questions (or a whole section) and a way to
 * withdraw them.
 */
export function AssignmentsPanel({
  assessmentId,
  areaId,
  sections,
  initial,
  canAssign,
  candidates,
}: {
  assessmentId: string;
  areaId: string;
  sections: TSection[];
  initial: TAssignment[];
  canAssign: boolean;
  candidates: TPerson[];
}) {
  const t = useTranslations('assignment');
  const f = useFormat();
  const [assignments, setAssignments] = useState(initial);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [assigneeId, setAssigneeId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  const numberOf = new Map(sections.flatMap((s) => s.questions.map((q) => [q.key, q.number] as const)));
  const base = `/api/assessments/${assessmentId}/assignments`;

  async function reload() {
    const res = await fetch(`${base}?area=${encodeURIComponent(areaId)}`).catch(() => null);
    if (res?.ok) setAssignments(((await res.json()) as TAssignmentsResponse).assignments);
  }

  function toggle(keys: string[], on: boolean) {
    const next = new Set(chosen);
    for (const k of keys)
      if (on) next.add(k);
      else next.delete(k);
    setChosen(next);
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setFieldErrors({});
    setStatus('');
    const res = await sendJson<TAssignmentsResponse>(base, 'POST', { questionKeys: [...chosen], assigneeId, dueDate });
    setPending(false);
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    const name = candidates.find((c) => c.id === assigneeId)?.name ?? '';
    setStatus(t('assigned', { n: res.data.assignments.length, assignee: name }));
    setChosen(new Set());
    await reload();
  }

  async function withdraw(a: TAssignment) {
    setError(null);
    const res = await sendJson<TOkResponse>(`${base}/${a.id}`, 'DELETE');
    if (!res.ok) return setError(res.error);
    setStatus(t('withdrawn'));
    await reload();
  }

  return (
    <details className="mt-3 rounded-lg border border-slate-200 bg-white p-3" data-testid="assignments-panel">
      <summary className="cursor-pointer font-semibold">{t('heading', { n: assignments.length })}</summary>
      <div className="mt-3 grid gap-3">
        <FormError message={error} />
        <p role="status" className="text-sm text-emerald-800">
          {status}
        </p>
        {assignments.length === 0 ? (
          <p className="text-sm text-slate-700">{t('none')}</p>
        ) : (
          <ul className="grid gap-1 text-sm">
            {assignments.map((a) => {
              const n = numberOf.get(a.questionKey) ?? a.questionKey.split('.')[1] ?? '';
              return (
                <li key={a.id} className="flex flex-wrap items-center gap-2">
                  <a href={`#q-${a.questionKey}`} className="text-brand-700 underline underline-offset-2">
                    {t('item', { n, assignee: a.assignee.name, due: f.day(a.dueDate) })}
                  </a>
                  {canAssign && (
                    <Button
                      variant="secondary"
                      className="!px-2 !py-1"
                      aria-label={t('withdrawLabel', { n, assignee: a.assignee.name })}
                      onClick={() => void withdraw(a)}
                    >
                      {t('withdraw')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {canAssign && (
          <form onSubmit={(e) => void onSubmit(e)} className="grid gap-3 border-t border-slate-200 pt-3" noValidate>
            <h3 className="font-semibold">{t('formHeading')}</h3>
            <fieldset className="grid gap-2" aria-describedby={fieldErrors.questionKeys ? 'assign-q-error' : undefined}>
              <legend className="text-sm font-medium">{t('questions')}</legend>
              {sections.map((s, i) => {
                const keys = s.questions.map((q) => q.key);
                return (
                  <div key={s.code ?? i} className="grid gap-1">
                    {s.code && (
                      <label className="flex items-center gap-2 text-sm font-medium">
                        <input
                          type="checkbox"
                          checked={keys.every((k) => chosen.has(k))}
                          onChange={(e) => toggle(keys, e.target.checked)}
                        />
                        {t('section', { section: s.code })}
                      </label>
                    )}
                    <div className="flex flex-wrap gap-x-3 gap-y-1 pl-5">
                      {s.questions.map((q) => (
                        <label key={q.key} className="flex items-center gap-1 text-sm">
                          <input
                            type="checkbox"
                            checked={chosen.has(q.key)}
                            onChange={(e) => toggle([q.key], e.target.checked)}
                          />
                          {t('question', { n: q.number })}
                        </label>
                      ))}
                    </div>
                  </div>
                );
              })}
              {fieldErrors.questionKeys && (
                <p id="assign-q-error" className="text-sm text-red-800">
                  {fieldErrors.questionKeys.join(' ')}
                </p>
              )}
            </fieldset>
            <div className="flex flex-wrap items-end gap-3">
              <Field id="assign-member" label={t('assignee')} errors={fieldErrors.assigneeId}>
                <select
                  id="assign-member"
                  className={inputClass}
                  value={assigneeId}
                  onChange={(e) => setAssigneeId(e.target.value)}
                  aria-invalid={Boolean(fieldErrors.assigneeId)}
                  aria-describedby={fieldErrors.assigneeId ? 'assign-member-error' : undefined}
                >
                  <option value="">{t('chooseAssignee')}</option>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="assign-due" label={t('due')} errors={fieldErrors.dueDate}>
                <input
                  id="assign-due"
                  type="date"
                  className={inputClass}
                  value={dueDate}
                  onChange={(e) => setDueDate(e.target.value)}
                  aria-invalid={Boolean(fieldErrors.dueDate)}
                  aria-describedby={fieldErrors.dueDate ? 'assign-due-error' : undefined}
                />
              </Field>
              <Button type="submit" disabled={pending}>
                {t('assign')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </details>
  );
}
