import { isLocale, type TLocale } from '@/lib/i18n/locales';

/** The page's language, as the root layout set it on `<html lang>`: for code that runs outside React. */
export function pageLocale(): TLocale {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return isLocale(lang) ? lang : 'en';
}
