import { createTranslator } from 'next-intl';
import type { TLocale } from '@/lib/i18n/locales';
import type { TMessages } from '@/lib/i18n/messages';

// The namespaces code outside React needs only when something is refused: each language's file
// is its own chunk, fetched the first time (the member's language only), never with the page.
// Spelled out: a bundler cannot split an import whose path is built at run time.
const LOADERS = {
  en: {
    auth: () => import('@/lib/i18n/messages/en/auth.json'),
    error: () => import('@/lib/i18n/messages/en/error.json'),
    field: () => import('@/lib/i18n/messages/en/field.json'),
    fieldIssue: () => import('@/lib/i18n/messages/en/field-issue.json'),
    network: () => import('@/lib/i18n/messages/en/network.json'),
  },
  fr: {
    auth: () => import('@/lib/i18n/messages/fr/auth.json'),
    error: () => import('@/lib/i18n/messages/fr/error.json'),
    field: () => import('@/lib/i18n/messages/fr/field.json'),
    fieldIssue: () => import('@/lib/i18n/messages/fr/field-issue.json'),
    network: () => import('@/lib/i18n/messages/fr/network.json'),
  },
  es: {
    auth: () => import('@/lib/i18n/messages/es/auth.json'),
    error: () => import('@/lib/i18n/messages/es/error.json'),
    field: () => import('@/lib/i18n/messages/es/field.json'),
    fieldIssue: () => import('@/lib/i18n/messages/es/field-issue.json'),
    network: () => import('@/lib/i18n/messages/es/network.json'),
  },
} satisfies Record<TLocale, Record<string, () => Promise<{ default: unknown }>>>;
type TLazyNamespace = keyof (typeof LOADERS)['en'];

async function load<NS extends TLazyNamespace>(locale: TLocale, namespace: NS): Promise<TMessages[NS]> {
  const module = (await LOADERS[locale][namespace]()) as unknown as { default: TMessages[NS] };
  return module.default;
}

/** A namespace's translate function in `locale`, its messages fetched on first use. */
export async function lazyTranslator<NS extends TLazyNamespace>(locale: TLocale, namespace: NS) {
  const messages = { [namespace]: await load(locale, namespace) } as Pick<TMessages, NS>;
  return createTranslator({ locale, messages: messages as TMessages, namespace });
}
