import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { UnsubscribeForm } from '@/components/notifications/unsubscribe-form';
import { readUnsubscribeToken } from '@/lib/services/notifications/unsubscribe';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notification'))('mail.unsubscribeLink'), robots: { index: false } };
}

/** Where a mail's unsubscribe link leads: no sign-in needed, the signed link names member and kind. */
export default withClientMessages(
  ['notification'],
  async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
    const { token = '' } = await searchParams;
    const [t, te] = await Promise.all([getTranslations('notification'), getTranslations('error')]);
    const target = readUnsubscribeToken(token);
    return (
      <main id="main" className="mx-auto grid max-w-xl gap-4 p-6">
        <h1 className="text-2xl font-semibold">{t('mail.unsubscribeLink')}</h1>
        {target ? (
          <UnsubscribeForm token={token} kind={target.kind} />
        ) : (
          <p role="alert">{te('unsubscribe.invalid')}</p>
        )}
      </main>
    );
  },
);
