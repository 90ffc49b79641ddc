import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { LanguageForm } from '@/components/profile/language-form';
import { TimeZoneForm } from '@/components/profile/time-zone-form';
import { NotificationSettingsForm } from '@/components/notifications/notification-settings-form';
import { getDb } from '@/lib/db/client';
import { notificationSettings } from '@/lib/services/notifications/settings';
import { requirePageUser } from '@/lib/auth/page-guard';
import { zoneLabel } from '@/lib/domain/time/time-zones';
import { LOCALE_NAMES } from '@/lib/i18n/locales';
import { getFormat, getLocale } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('title') };
}

export default withClientMessages(['common', 'notification', 'profile'], async function ProfilePage() {
  const user = await requirePageUser('/profile');
  const [t, tn, f, locale, notifications] = await Promise.all([
    getTranslations('profile'),
    getTranslations('notification'),
    getFormat(),
    getLocale(),
    notificationSettings(getDb(), user.id),
  ]);
  // A server page renders once per request, so the request's time is the time to show.
  const now = new Date();
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <dl className="grid gap-x-6 gap-y-1 text-sm md:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('name')}</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium">{t('email')}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">{t('language')}</dt>
        <dd lang={locale}>{LOCALE_NAMES[locale]}</dd>
        <dt className="font-medium">{t('timeZone')}</dt>
        <dd data-testid="profile-local-time">
          {user.timeZone
            ? t('localTime', { zone: zoneLabel(user.timeZone, now.getTime()), time: f.dateTime(now) })
            : t('noTimeZone')}
        </dd>
      </dl>
      <section aria-labelledby="language-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="language-heading" className="mb-3 text-lg font-semibold">
          {t('languageHeading')}
        </h2>
        <LanguageForm current={locale} />
      </section>
      <section aria-labelledby="tz-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="tz-heading" className="mb-3 text-lg font-semibold">
          {t('timeZoneHeading')}
        </h2>
        <TimeZoneForm current={user.timeZone} timeZones={['UTC', ...Intl.supportedValuesOf('timeZone')]} />
      </section>
      <section aria-labelledby="notify-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="notify-heading" className="mb-3 text-lg font-semibold">
          {tn('settingsTitle')}
        </h2>
        <NotificationSettingsForm initial={notifications} />
      </section>
    </div>
  );
});
