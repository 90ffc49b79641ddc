'use client';

import { type TErrorCode, isErrorCode } from '@/lib/domain/shared/error-codes';
import type { TMessageKey, TVars } from '@/lib/i18n/messages';
import type { z } from 'zod';
import { fieldIssues } from '@/lib/domain/shared/field-issues';
import { lazyTranslator } from './lazy-messages';
import { pageLocale } from './page-locale';

// A refusal's words in the page's language, by its codes. The error and field namespaces are the
// largest of all: they are fetched (in the member's language only) when a refusal comes, so that
// no page carries them from its first load.

export type TFieldBody = {
  fieldErrors?: Record<string, string[]>;
  fieldCodes?: Record<string, unknown[]>;
  fieldParams?: Record<string, unknown[]>;
};

// Refusals of how a request was sent, not of what it asked: the server's words name HTTP details
// a user can do nothing with, so the page says what to do instead.
const REFUSALS: Partial<Record<TErrorCode, 'requestRefused' | 'crossSiteRefused'>> = {
  'request.unsupported_content_type': 'requestRefused',
  'request.cross_site': 'crossSiteRefused',
};

/**
 * A refusal (of the API or the live room) in the page's language: by its code from the catalogue,
 * except in English, where the server's own words are the catalogue's and sometimes more detailed
 * (a file check's reason).
 */
export async function errorText(
  data: { error?: string; code?: unknown; params?: TVars },
  status = 0,
  locale = pageLocale(),
): Promise<string> {
  const refusal = isErrorCode(data.code) ? REFUSALS[data.code] : undefined;
  if (refusal) return (await lazyTranslator(locale, 'auth'))(refusal);
  if (locale !== 'en' && isErrorCode(data.code)) return (await lazyTranslator(locale, 'error'))(data.code, data.params);
  return data.error ?? (await lazyTranslator(locale, 'auth'))('serverError', { status });
}

/**
 * A refusal's field messages in the page's language: each by its code from the field catalogues,
 * with its variables; for a code this build does not know (or one not a field's, such as a file
 * check's with its detailed reason), the server's own words. English goes through the catalogues
 * too: for the request schema's own checks the server's words are zod's ("Too small: expected
 * string to have >=4 characters"), the catalogue's are the app's ("Use at least 4 characters.").
 */
export async function fieldErrorTexts(data: TFieldBody, locale = pageLocale()): Promise<Record<string, string[]>> {
  const fieldErrors = data.fieldErrors ?? {};
  if (Object.keys(fieldErrors).length === 0) return fieldErrors;
  const [field, issue] = await Promise.all([lazyTranslator(locale, 'field'), lazyTranslator(locale, 'fieldIssue')]);
  const text = (code: unknown, params: unknown): string | undefined => {
    if (typeof code !== 'string') return undefined;
    const vars = typeof params === 'object' && params !== null ? (params as TVars) : undefined;
    const known = code as TMessageKey<'field'>;
    if (field.has(known)) return field(known, vars);
    // zod's codes are worded by the kind of value when there is a wording for it (`field.too_small_string`).
    const kinded = `${code}_${String(vars?.kind)}` as TMessageKey<'fieldIssue'>;
    if (issue.has(kinded)) return issue(kinded, vars);
    return issue.has(code as TMessageKey<'fieldIssue'>) ? issue(code as TMessageKey<'fieldIssue'>, vars) : undefined;
  };
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([name, messages]) => [
      name,
      messages.map((m, i) => text(data.fieldCodes?.[name]?.[i], data.fieldParams?.[name]?.[i]) ?? m),
    ]),
  );
}

/** The issues of a form's own parse of its request schema, worded as the server's refusal of them would be. */
export function issueTexts(
  issues: readonly z.core.$ZodIssue[],
  locale = pageLocale(),
): Promise<Record<string, string[]>> {
  return fieldErrorTexts(fieldIssues(issues), locale);
}
