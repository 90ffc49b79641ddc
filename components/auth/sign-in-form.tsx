'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { safeCallbackPath } from '@/lib/domain/accounts/callback-url';
import { useLocale } from 'next-intl';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';

/** Loaded when used: next-auth's client is needed only when the member signs in. */
async function signInWithOidc(callbackUrl: string): Promise<void> {
  const { signIn } = await import('next-auth/react');
  await signIn('oidc', { callbackUrl });
}

type TProps = { callbackUrl: string; oidcName: string | null; initialError: string | null };

/** Email and password sign-in, plus single sign-on when configured. */
export function SignInForm({ callbackUrl, oidcName, initialError }: TProps) {
  const router = useRouter();
  const t = useTranslations('auth');
  const locale = useLocale();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const { signIn } = await import('next-auth/react');
    const res = await signIn('credentials', {
      email: form.get('email'),
      password: form.get('password'),
      redirect: false,
    });
    setPending(false);
    if (res?.ok) {
      // Checked again where it is followed: the prop is only as safe as whoever rendered it.
      router.push(safeCallbackPath(callbackUrl, window.location.origin));
      router.refresh();
      return;
    }
    // Its catalogue of refusals is needed only now.
    const { signInErrorText } = await import('./sign-in-error');
    setError(await signInErrorText(res?.error, locale, res?.status));
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
      <FormError message={error} />
      <Field id="email" label={t('email')}>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </Field>
      <Field id="password" label={t('password')}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('signingIn') : t('signIn')}
      </Button>
      {oidcName && (
        <Button variant="secondary" onClick={() => void signInWithOidc(callbackUrl)}>
          {t('signInWith', { name: oidcName })}
        </Button>
      )}
    </form>
  );
}
