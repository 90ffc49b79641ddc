'use client';

import { useTranslations } from 'next-intl';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { TAcceptedInvitationResponse } from '@/lib/contracts/accounts';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';

type TProps = { token: string; email: string; mode: 'new-account' | 'signed-in' };

/** Accepts an invitation: sets a name and password for a new account, or joins as the signed-in user. */
export function AcceptInvitationForm({ token, email, mode }: TProps) {
  const router = useRouter();
  const t = useTranslations('auth');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = (form.get('password') as string | null) ?? '';
    const body = mode === 'new-account' ? { token, name: form.get('name'), password } : { token };
    setPending(true);
    const res = await sendJson<TAcceptedInvitationResponse>('/api/invitations/accept', 'POST', body);
    if (!res.ok) {
      setPending(false);
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    if (res.data.signInRequired) await signIn('credentials', { email, password, redirect: false });
    router.push(`/assessments/${res.data.assessmentId}`);
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
      <FormError message={error} />
      {mode === 'new-account' && (
        <>
          <Field id="name" label={t('yourName')} errors={fieldErrors.name}>
            <input
              id="name"
              name="name"
              autoComplete="name"
              required
              className={inputClass}
              aria-invalid={Boolean(fieldErrors.name)}
            />
          </Field>
          <Field id="password" label={t('choosePassword')} hint={t('passwordHint')} errors={fieldErrors.password}>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              className={inputClass}
              aria-invalid={Boolean(fieldErrors.password)}
            />
          </Field>
        </>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t('joining') : t('acceptAndJoin')}
      </Button>
    </form>
  );
}
