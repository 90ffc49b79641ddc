import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getSessionUser } from '../auth/session';
import { type TFormat, makeFormat } from './format';
import { type TLocale, LOCALE_COOKIE, isLocale, negotiateLocale } from './locales';

/**
 * The language of this request: the member's own choice, else the visitor's choice kept in a
 * cookie, else the browser's `Accept-Language`. Cached per request.
 */
export const getLocale = cache(async (): Promise<TLocale> => {
  const user = await getSessionUser();
  if (isLocale(user?.locale)) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get('accept-language'));
});

/** Formatters in the request's language and the member's time zone (UTC for visitors). */
export async function getFormat(): Promise<TFormat> {
  const user = await getSessionUser();
  return makeFormat(await getLocale(), user?.timeZone ?? 'UTC');
}
