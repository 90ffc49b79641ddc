// The interface languages and how a visitor's language is chosen. Pure: runs on the server and in
// the browser. English and French are the WCO's official languages; Spanish is widely used by members.

export const LOCALES = ['en', 'fr', 'es'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'en';

/** Each language named in itself, as a language picker shows it. */
export const LOCALE_NAMES: Record<TLocale, string> = { en: 'English', fr: 'Français', es: 'Español' };

/** Cookie that keeps a visitor's choice before they sign in (a member's choice is stored on their account). */
export const LOCALE_COOKIE = 'idg-locale';

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported language for an `Accept-Language` header (RFC 9110 weights; `fr-CA` matches
 * `fr`), or English when none is supported or the header is missing or malformed.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): TLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        base: tag.trim().toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((r) => r.base).find(isLocale) ?? DEFAULT_LOCALE;
}
