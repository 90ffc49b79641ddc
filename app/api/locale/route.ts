import { cookies } from 'next/headers';
import { parseBody, publicRoute } from '@/lib/api/route';
import { type TLocaleChoiceResponse, ZLocaleChoiceSchema } from '@/lib/contracts/accounts';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';

/** A visitor's language before they sign in, kept in a cookie for a year (members choose theirs on their profile). */
export const POST = publicRoute(async ({ req }) => {
  const { locale } = await parseBody(req, ZLocaleChoiceSchema);
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    httpOnly: true,
  });
  return { ok: true, locale } satisfies TLocaleChoiceResponse;
});
