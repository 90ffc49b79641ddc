import type { TErrorCode } from '@/lib/domain/shared/error-codes';
import type { TLocale } from '@/lib/i18n/locales';
import { authMessages } from '@/lib/i18n/messages/auth';
import { errorMessages } from '@/lib/i18n/messages/errors';
import { translator } from '@/lib/i18n/messages';

// next-auth's client hands the form only the answer's status and the English `error` of its url
// (the sign-in page gets that English alone, as `?error=`), never the refusal's code. The refusals
// answered before next-auth have statuses next-auth never answers; the lock, thrown inside
// next-auth, is known by its English, which is the code's catalogue text.
const BY_STATUS: Partial<Record<number, TErrorCode>> = { 429: 'auth.too_many_attempts', 413: 'request.too_large' };
const BY_ENGLISH = new Map<string, TErrorCode>(
  (['auth.locked', 'auth.too_many_attempts', 'request.too_large'] as const).map((code) => [
    errorMessages.en[code],
    code,
  ]),
);

/** What a failed sign-in says, in the member's language: next-auth's error names, then our refusals by code. */
export function signInErrorText(error: string | null | undefined, locale: TLocale, status?: number): string {
  const t = translator(authMessages, locale);
  if (!error || error === 'CredentialsSignin') return t('errorCredentials');
  if (error === 'AccessDenied') return t('errorAccessDenied');
  const code = (status === undefined ? undefined : BY_STATUS[status]) ?? BY_ENGLISH.get(error);
  return code ? translator(errorMessages, locale)(code) : t('errorOther', { code: error });
}
