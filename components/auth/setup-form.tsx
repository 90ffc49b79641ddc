'use client';

import { useTranslations } from 'next-intl';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';
import { FormField } from '../ui/form-field';
import { useSchemaForm } from '../ui/use-schema-form';

/** The one-time form that creates the first administrator. */
export function SetupForm() {
  const router = useRouter();
  const t = useTranslations('auth');
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/accounts').then((m) => m.ZSetupSchema),
    defaultValues: { name: '', email: '', password: '' },
    send: (values) =>
      sendJson('/api/setup', 'POST', { ...values, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    onSuccess: async (_data, { email, password }) => {
      await signIn('credentials', { email, password, redirect: false });
      router.push('/assessments');
      router.refresh();
    },
  });

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormError message={formError} />
      <FormField form={form} name="name" id="name" label={t('yourName')}>
        {(control) => <input {...control} required className={inputClass} />}
      </FormField>
      <FormField form={form} name="email" id="email" label={t('email')}>
        {(control) => <input {...control} type="email" required className={inputClass} />}
      </FormField>
      <FormField form={form} name="password" id="password" label={t('password')} hint={t('passwordHint')}>
        {(control) => (
          <input {...control} type="password" autoComplete="new-password" required className={inputClass} />
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? t('creating') : t('createAdministrator')}
      </Button>
    </form>
  );
}
