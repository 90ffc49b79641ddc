'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TInvitationCreatedResponse } from '@/lib/contracts/accounts';
import { genderLabel, organisationTypeLabel } from '@/lib/i18n/domain-labels';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';
import { FormField } from '../ui/form-field';
import { useSchemaForm } from '../ui/use-schema-form';

type TProps = {
  assessmentId: string;
  roles: { code: string; name: string }[];
  organisationTypes: readonly string[];
  expertiseAreas: readonly string[];
  genders: readonly string[];
};

const orNull = (v: unknown) => v || null;
const wide = `${inputClass} w-full min-w-0`;

/** Invites a person by email; shows the one-time link to copy when no mail server is configured. */
export function InviteForm({ assessmentId, roles, organisationTypes, expertiseAreas, genders }: TProps) {
  const router = useRouter();
  const t = useTranslations('members');
  const td = useTranslations('domain');
  const [result, setResult] = useState<TInvitationCreatedResponse | null>(null);
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/accounts').then((m) => m.ZInvitationSchema),
    defaultValues: { email: '', role: 'IC', organisation: '', organisationType: null, expertise: null, gender: null },
    send: (values) =>
      sendJson<TInvitationCreatedResponse>(`/api/assessments/${assessmentId}/invitations`, 'POST', values),
    onSuccess: (data) => {
      setResult(data);
      form.reset();
      router.refresh();
    },
  });

  return (
    <form
      {...formProps}
      className="grid min-w-0 gap-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="invite-heading"
    >
      <h3 id="invite-heading" className="font-semibold">
        {t('inviteHeading')}
      </h3>
      <FormError message={formError} />
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
        <FormField form={form} name="email" id="invite-email" label={t('email')}>
          {(control) => <input {...control} type="email" required className={wide} />}
        </FormField>
        <FormField form={form} name="role" id="invite-role" label={t('role')}>
          {(control) => (
            <select {...control} className={wide}>
              {roles.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name} ({r.code})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField form={form} name="organisation" id="invite-organisation" label={t('organisationOptional')}>
          {(control) => <input {...control} className={wide} />}
        </FormField>
        <FormField
          form={form}
          name="organisationType"
          id="invite-organisationType"
          label={t('organisationTypeOptional')}
          options={{ setValueAs: orNull }}
        >
          {(control) => (
            <select {...control} className={wide}>
              <option value="">{t('notStated')}</option>
              {organisationTypes.map((o) => (
                <option key={o} value={o}>
                  {organisationTypeLabel(td, o)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          form={form}
          name="expertise"
          id="invite-expertise"
          label={t('expertiseOptional')}
          options={{ setValueAs: orNull }}
        >
          {(control) => (
            <select {...control} className={wide}>
              <option value="">{t('notStated')}</option>
              {expertiseAreas.map((e) => (
                <option key={e}>{e}</option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          form={form}
          name="gender"
          id="invite-gender"
          label={t('genderOptional')}
          options={{ setValueAs: orNull }}
        >
          {(control) => (
            <select {...control} className={wide}>
              <option value="">{t('notStated')}</option>
              {genders.map((g) => (
                <option key={g} value={g}>
                  {genderLabel(td, g)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('inviting') : t('invite')}
        </Button>
      </div>
    </form>
  );
}
