// Message catalogues: each feature defines its strings in English, French and Spanish in one file
// under lib/i18n/messages/, so a missing translation is a type error, not a blank in production.
import type { TLocale } from './locales';

type TStrings = Record<string, string>;

/** A feature's strings in every language; French and Spanish must have exactly English's keys. */
export type TCatalog<M extends TStrings> = { en: M } & { [L in Exclude<TLocale, 'en'>]: { [K in keyof M]: string } };

export type TVars = Record<string, string | number>;
export type TTranslate<M extends TStrings> = (key: keyof M & string, vars?: TVars) => string;

export function defineMessages<const M extends TStrings>(catalog: TCatalog<M>): TCatalog<M> {
  return catalog;
}

const PLURAL = /\{(\w+), plural, ((?:\s*(?:=\d+|zero|one|two|few|many|other) \{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other) \{([^{}]*)\}/g;
const VAR = /\{(\w+)\}/g;

const pluralRules = new Map<TLocale, Intl.PluralRules>();
function pluralRule(locale: TLocale): Intl.PluralRules {
  let rule = pluralRules.get(locale);
  if (!rule) pluralRules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule;
}

/**
 * Fills a message: `{name}` is replaced by a variable; `{n, plural, one {# answer} other {# answers}}`
 * picks the branch for n by the language's plural rules (`=0` exact matches first) and `#` is n,
 * formatted for the language. A variable that is not given stays visible as `{name}`.
 */
export function formatMessage(message: string, locale: TLocale, vars?: TVars): string {
  if (!vars) return message;
  const withPlurals = message.replace(PLURAL, (whole, name: string, body: string) => {
    const n = Number(vars[name]);
    if (!Number.isFinite(n)) return whole;
    const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const chosen = branches.get(`=${n}`) ?? branches.get(pluralRule(locale).select(n)) ?? branches.get('other') ?? '';
    return chosen.replace(/#/g, new Intl.NumberFormat(locale).format(n));
  });
  return withPlurals.replace(VAR, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/** The translate function of one catalogue in one language. */
export function translator<M extends TStrings>(catalog: TCatalog<M>, locale: TLocale): TTranslate<M> {
  const strings: Record<string, string> = catalog[locale];
  return (key, vars) => formatMessage(strings[key] ?? catalog.en[key] ?? key, locale, vars);
}
