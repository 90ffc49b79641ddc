'use client';

import { useTranslations } from 'next-intl';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';

/** The one-time form that creates the first administrator. */
export function SetupForm() {
  const router = useRouter();
  const t = useTranslations('auth');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      name: form.get('name'),
      email: form.get('email'),
      password: form.get('password'),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    setPending(true);
    const res = await sendJson('/api/setup', 'POST', body);
    if (!res.ok) {
      setPending(false);
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    await signIn('credentials', { email: body.email, password: body.password, redirect: false });
    router.push('/assessments');
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
      <FormError message={error} />
      <Field id="name" label={t('yourName')} errors={fieldErrors.name}>
        <input id="name" name="name" required className={inputClass} aria-invalid={Boolean(fieldErrors.name)} />
      </Field>
      <Field id="email" label={t('email')} errors={fieldErrors.email}>
        <input
          id="email"
          name="email"
          type="email"
          required
          className={inputClass}
          aria-invalid={Boolean(fieldErrors.email)}
        />
      </Field>
      <Field id="password" label={t('password')} hint={t('passwordHint')} errors={fieldErrors.password}>
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
      <Button type="submit" disabled={pending}>
        {pending ? t('creating') : t('createAdministrator')}
      </Button>
    </form>
  );
}
