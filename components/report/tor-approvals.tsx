'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import type { TTorApproval, TTorApprovalsResponse } from '@/lib/contracts/reports';
import { useFormat } from '@/lib/i18n/client';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';

type TProps = { assessmentId: string; initial: TTorApproval[]; canEdit: boolean };

/**
 * The approvals of the terms of reference and pre-mission report by senior management of both
 * sides, as the facilitators record them: the documents become final once both sides approved.
 */
export function TorApprovals({ assessmentId, initial, canEdit }: TProps) {
  const t = useTranslations('governance');
  const f = useFormat();
  const [approvals, setApprovals] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const base = `/api/assessments/${assessmentId}/terms-of-reference/approvals`;
  const sides = new Set(approvals.map((a) => a.side));
  const missing = (['administration', 'partner'] as const).filter((s) => !sides.has(s));

  const record = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    const res = await sendJson<TTorApprovalsResponse>(base, 'POST', Object.fromEntries(new FormData(form)));
    setBusy(false);
    if (!res.ok) return (setError(res.error), setFieldErrors(res.fieldErrors));
    setError(null);
    setFieldErrors({});
    setApprovals(res.data.approvals);
    form.reset();
  };
  const remove = async (id: string) => {
    const res = await sendJson<TTorApprovalsResponse>(`${base}/${id}`, 'DELETE');
    if (!res.ok) return setError(res.error);
    setError(null);
    setApprovals(res.data.approvals);
  };

  return (
    <section aria-labelledby="tor-approvals-h" className="grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="tor-approvals-h" className="font-semibold">
        {t('approvalsHeading')}
      </h3>
      <p className="text-sm text-slate-700">{t('approvalsIntro')}</p>
      <p
        role="status"
        className={`text-sm font-medium ${missing.length === 0 ? 'text-emerald-800' : 'text-slate-800'}`}
      >
        {missing.length === 0
          ? t('approvedByBoth')
          : t('awaitingSides', { sides: f.list(missing.map((s) => t(`side.${s}`))) })}
      </p>
      {approvals.length > 0 && (
        <ul className="grid gap-2 text-sm">
          {approvals.map((a) => (
            <li
              key={a.id}
              className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-2"
            >
              <div>
                <p className="font-medium">
                  {t('approvalLine', {
                    name: a.name,
                    title: a.title,
                    side: t(`side.${a.side}`),
                    date: f.day(a.approvedOn),
                  })}
                </p>
                {a.organisation && <p>{a.organisation}</p>}
                <p className="text-xs text-slate-600">{t('recordedBy', { name: a.recordedBy.name })}</p>
              </div>
              {canEdit && (
                <Button
                  variant="secondary"
                  className="!px-2 !py-1 text-xs"
                  aria-label={t('removeApproval', { name: a.name })}
                  onClick={() => void remove(a.id)}
                >
                  {t('remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form onSubmit={(e) => void record(e)} className="grid gap-2 md:grid-cols-2" noValidate>
          <div className="md:col-span-2">
            <FormError message={error} />
          </div>
          <Field id="tor-approval-side" label={t('approvalSide')} errors={fieldErrors.side}>
            <select
              id="tor-approval-side"
              name="side"
              className={inputClass}
              defaultValue={missing[0] ?? 'administration'}
            >
              <option value="administration">{t('side.administration')}</option>
              <option value="partner">{t('side.partner')}</option>
            </select>
          </Field>
          <Field id="tor-approval-date" label={t('approvalDate')} errors={fieldErrors.approvedOn}>
            <input id="tor-approval-date" name="approvedOn" type="date" className={inputClass} required />
          </Field>
          <Field id="tor-approval-name" label={t('approvalName')} errors={fieldErrors.name}>
            <input id="tor-approval-name" name="name" className={inputClass} required />
          </Field>
          <Field id="tor-approval-title" label={t('approvalTitle')} errors={fieldErrors.title}>
            <input id="tor-approval-title" name="title" className={inputClass} required />
          </Field>
          <Field
            id="tor-approval-organisation"
            label={t('approvalOrganisation')}
            errors={fieldErrors.organisation}
            hint={t('organisationHint')}
          >
            <input id="tor-approval-organisation" name="organisation" className={inputClass} />
          </Field>
          <div className="self-end">
            <Button type="submit" disabled={busy}>
              {t('recordApproval')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
