import type { Metadata } from 'next';
import { UnsubscribeForm } from '@/components/notifications/unsubscribe-form';
import { errorMessages } from '@/lib/i18n/messages/errors';
import { notificationMessages } from '@/lib/i18n/messages/notifications';
import { getT } from '@/lib/i18n/server';
import { readUnsubscribeToken } from '@/lib/services/notifications/unsubscribe';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(notificationMessages))('mail.unsubscribeLink'), robots: { index: false } };
}

/** Where a mail's unsubscribe link leads: no sign-in needed, the signed link names member and kind. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = '' } = await searchParams;
  const [t, te] = await Promise.all([getT(notificationMessages), getT(errorMessages)]);
  const target = readUnsubscribeToken(token);
  return (
    <main id="main" className="mx-auto grid max-w-xl gap-4 p-6">
      <h1 className="text-2xl font-semibold">{t('mail.unsubscribeLink')}</h1>
      {target ? <UnsubscribeForm token={token} kind={target.kind} /> : <p role="alert">{te('unsubscribe.invalid')}</p>}
    </main>
  );
}
