'use client';

import { useTranslations } from 'next-intl';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import type { TAcceptedInvitationResponse } from '@/lib/contracts/accounts';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';
import { FormField } from '../ui/form-field';
import { useSchemaForm } from '../ui/use-schema-form';

type TProps = { token: string; email: string; mode: 'new-account' | 'signed-in' };
type TAccept = { token: string; name?: string; password?: string };

/** Accepts an invitation: sets a name and password for a new account, or joins as the signed-in user. */
export function AcceptInvitationForm({ token, email, mode }: TProps) {
  const router = useRouter();
  const t = useTranslations('auth');
  const { form, formProps, formError, pending } = useSchemaForm<TAccept, TAcceptedInvitationResponse>({
    // The signed-in invitee sends the bare token: of the new account's schema only its rule applies.
    schema: () =>
      import('@/lib/contracts/accounts').then(({ ZAcceptWithNewAccountSchema: schema }) =>
        mode === 'new-account' ? schema : schema.pick({ token: true }),
      ),
    defaultValues: { token },
    send: ({ name, password }) =>
      sendJson<TAcceptedInvitationResponse>(
        '/api/invitations/accept',
        'POST',
        mode === 'new-account' ? { token, name, password } : { token },
      ),
    onSuccess: async (data, { password }) => {
      if (data.signInRequired) await signIn('credentials', { email, password, redirect: false });
      router.push(`/assessments/${data.assessmentId}`);
      router.refresh();
    },
  });

  return (
    <form {...formProps} className="flex flex-col gap-4">
      <FormError message={formError} />
      {mode === 'new-account' && (
        <>
          <FormField form={form} name="name" id="name" label={t('yourName')}>
            {(control) => <input {...control} autoComplete="name" required className={inputClass} />}
          </FormField>
          <FormField form={form} name="password" id="password" label={t('choosePassword')} hint={t('passwordHint')}>
            {(control) => (
              <input {...control} type="password" autoComplete="new-password" required className={inputClass} />
            )}
          </FormField>
        </>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t('joining') : t('acceptAndJoin')}
      </Button>
    </form>
  );
}
