'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { TInvitationCreatedResponse } from '@/lib/contracts/accounts';
import { genderLabel, organisationTypeLabel } from '@/lib/i18n/domain-labels';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';

type TProps = {
  assessmentId: string;
  roles: { code: string; name: string }[];
  organisationTypes: readonly string[];
  expertiseAreas: readonly string[];
  genders: readonly string[];
};

/** Invites a person by email; shows the one-time link to copy when no mail server is configured. */
export function InviteForm({ assessmentId, roles, organisationTypes, expertiseAreas, genders }: TProps) {
  const router = useRouter();
  const t = useTranslations('members');
  const td = useTranslations('domain');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<TInvitationCreatedResponse | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    setPending(true);
    const res = await sendJson<TInvitationCreatedResponse>(`/api/assessments/${assessmentId}/invitations`, 'POST', {
      email: form.get('email'),
      role: form.get('role'),
      organisation: form.get('organisation'),
      organisationType: form.get('organisationType') || null,
      expertise: form.get('expertise') || null,
      gender: form.get('gender') || null,
    });
    setPending(false);
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    setResult(res.data);
    formEl.reset();
    router.refresh();
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      className="grid min-w-0 gap-3 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
      aria-labelledby="invite-heading"
    >
      <h3 id="invite-heading" className="font-semibold">
        {t('inviteHeading')}
      </h3>
      <FormError message={error} />
      {result && (
        <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm">
          {result.mailed ? (
            <p className="wrap-anywhere">{t('mailed', { email: result.invitation.email })}</p>
          ) : (
            <>
              <p className="wrap-anywhere">
                {result.mailError ?? t('noMailServer')} {t('sendLink', { email: result.invitation.email })}
              </p>
              <label htmlFor="invite-link" className="sr-only">
                {t('invitationLink')}
              </label>
              <input
                id="invite-link"
                readOnly
                value={result.link}
                className={`${inputClass} mt-1 w-full font-mono text-xs`}
                onFocus={(e) => e.target.select()}
              />
            </>
          )}
        </div>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="invite-email" label={t('email')} errors={fieldErrors.email}>
          <input
            id="invite-email"
            name="email"
            type="email"
            required
            className={`${inputClass} w-full min-w-0`}
            aria-invalid={Boolean(fieldErrors.email)}
          />
        </Field>
        <Field id="invite-role" label={t('role')} errors={fieldErrors.role}>
          <select id="invite-role" name="role" defaultValue="IC" className={`${inputClass} w-full min-w-0`}>
            {roles.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} ({r.code})
              </option>
            ))}
          </select>
        </Field>
        <Field id="invite-organisation" label={t('organisationOptional')} errors={fieldErrors.organisation}>
          <input id="invite-organisation" name="organisation" className={`${inputClass} w-full min-w-0`} />
        </Field>
        <Field id="invite-organisationType" label={t('organisationTypeOptional')} errors={fieldErrors.organisationType}>
          <select
            id="invite-organisationType"
            name="organisationType"
            defaultValue=""
            className={`${inputClass} w-full min-w-0`}
          >
            <option value="">{t('notStated')}</option>
            {organisationTypes.map((o) => (
              <option key={o} value={o}>
                {organisationTypeLabel(td, o)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="invite-expertise" label={t('expertiseOptional')} errors={fieldErrors.expertise}>
          <select id="invite-expertise" name="expertise" defaultValue="" className={`${inputClass} w-full min-w-0`}>
            <option value="">{t('notStated')}</option>
            {expertiseAreas.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </select>
        </Field>
        <Field id="invite-gender" label={t('genderOptional')} errors={fieldErrors.gender}>
          <select id="invite-gender" name="gender" defaultValue="" className={`${inputClass} w-full min-w-0`}>
            <option value="">{t('notStated')}</option>
            {genders.map((g) => (
              <option key={g} value={g}>
                {genderLabel(td, g)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('inviting') : t('invite')}
        </Button>
      </div>
    </form>
  );
}
