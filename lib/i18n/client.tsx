'use client';
import { type ReactNode, createContext, useContext, useMemo } from 'react';
import { type TFormat, makeFormat } from './format';
import { type TLocale, DEFAULT_LOCALE } from './locales';
import { type TCatalog, type TTranslate, translator } from './messages';

type TI18n = { locale: TLocale; timeZone: string | null };

const I18nContext = createContext<TI18n>({ locale: DEFAULT_LOCALE, timeZone: null });

/** Set once in the root layout from the server's choice, so client and server render the same text. */
export function I18nProvider({ locale, timeZone, children }: TI18n & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): TLocale {
  return useContext(I18nContext).locale;
}

/** The member's profile time zone, or null when they have not set one. */
export function useTimeZone(): string | null {
  return useContext(I18nContext).timeZone;
}

/** A client component's translate function for one catalogue. */
export function useT<M extends Record<string, string>>(catalog: TCatalog<M>): TTranslate<M> {
  const { locale } = useContext(I18nContext);
  return useMemo(() => translator(catalog, locale), [catalog, locale]);
}

/** Formatters in the member's language and time zone (UTC until the member has one, as on the server). */
export function useFormat(): TFormat {
  const { locale, timeZone } = useContext(I18nContext);
  return useMemo(() => makeFormat(locale, timeZone ?? 'UTC'), [locale, timeZone]);
}
