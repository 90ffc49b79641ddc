// Typed keys: `useTranslations('plan')('title')` is checked against the English messages.
import type { TLocale } from './locales';
import type { TMessages } from './messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: TLocale;
    Messages: TMessages;
  }
}
