import type { TErrorCode } from '@/lib/domain/shared/error-codes';
import type { TLocale } from '@/lib/i18n/locales';
import { lazyTranslator } from '@/components/ui/lazy-messages';

// next-auth's client hands the form only the answer's status and the English `error` of its url
// (the sign-in page gets that English alone, as `?error=`), never the refusal's code. The refusals
// answered before next-auth have statuses next-auth never answers; the lock, thrown inside
// next-auth, is known by its English, which is the code's catalogue text.
const BY_STATUS: Partial<Record<number, TErrorCode>> = { 429: 'auth.too_many_attempts', 413: 'request.too_large' };
const KNOWN_BY_ENGLISH = ['auth.locked', 'auth.too_many_attempts', 'request.too_large'] as const;

/** What a failed sign-in says, in the member's language: next-auth's error names, then our refusals by code. */
export async function signInErrorText(error: string | null | undefined, locale: TLocale, status?: number) {
  const t = await lazyTranslator(locale, 'auth');
  if (!error || error === 'CredentialsSignin') return t('errorCredentials');
  if (error === 'AccessDenied') return t('errorAccessDenied');
  const english = await lazyTranslator('en', 'error');
  const code =
    (status === undefined ? undefined : BY_STATUS[status]) ?? KNOWN_BY_ENGLISH.find((c) => english(c) === error);
  return code ? (await lazyTranslator(locale, 'error'))(code) : t('errorOther', { code: error });
}
