// The interface's messages: one JSON file per language and feature (messages/<locale>/<feature>.json),
// which translators edit without TypeScript; each feature is a next-intl namespace. Pages get one
// language's messages (./request.ts, ./client-messages.tsx); this module holds all three, so only
// the server and tests import it.
import { type MessageKeys, type NestedKeyOf, type NestedValueOf, createTranslator } from 'next-intl';
import type { TLocale } from './locales';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';

export type TMessages = typeof en;
export type TNamespace = keyof TMessages;

const ALL: Record<TLocale, TMessages> = { en, fr, es };

/** Every message of one language. */
export function messagesOf(locale: TLocale): TMessages {
  return ALL[locale];
}

/** A namespace's translate function outside React: mail, exports, the live room. */
export function translatorOf<NS extends TNamespace>(locale: TLocale, namespace: NS) {
  return createTranslator({ locale, messages: ALL[locale], namespace });
}

/** The translate function of a namespace, as `useTranslations` and `getTranslations` give it. */
export type TTranslate<NS extends TNamespace> = ReturnType<typeof translatorOf<NS>>;

/** A key of a namespace (`'title'`, or `'role.EF'` in a nested one), for tables of keys. */
export type TMessageKey<NS extends TNamespace> = MessageKeys<
  NestedValueOf<TMessages, NS>,
  NestedKeyOf<NestedValueOf<TMessages, NS>>
>;

/** Variables of a message. */
export type TVars = Record<string, string | number>;
