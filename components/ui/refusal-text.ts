'use client';

import { type TErrorCode, isErrorCode } from '@/lib/domain/shared/error-codes';
import type { TLocale } from '@/lib/i18n/locales';
import { authMessages } from '@/lib/i18n/messages/auth';
import { fieldIssues } from '@/lib/domain/shared/field-issues';
import { errorMessages } from '@/lib/i18n/messages/errors';
import { fieldIssueMessages, fieldMessages } from '@/lib/i18n/messages/field-errors';
import { translator, type TVars } from '@/lib/i18n/messages';
import type { z } from 'zod';
import { pageLocale } from './page-locale';

// A refusal's words in the page's language, by its codes. Its catalogues (every error and field
// message in three languages) are the largest of all: api-client.ts loads this module only when a
// refusal comes, so that no page carries them from its first load.

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
export function errorText(
  data: { error?: string; code?: unknown; params?: TVars },
  status = 0,
  locale = pageLocale(),
): string {
  const refusal = isErrorCode(data.code) ? REFUSALS[data.code] : undefined;
  if (refusal) return translator(authMessages, locale)(refusal);
  if (locale !== 'en' && isErrorCode(data.code)) return translator(errorMessages, locale)(data.code, data.params);
  return data.error ?? translator(authMessages, locale)('serverError', { status });
}

/**
 * A refusal's field messages in the page's language: each by its code from the field catalogues,
 * with its variables; in English, or for a code this build does not know (or one not a field's,
 * such as a file check's with its detailed reason), the server's own words.
 */
export function fieldErrorTexts(data: TFieldBody, locale = pageLocale()): Record<string, string[]> {
  const fieldErrors = data.fieldErrors ?? {};
  if (locale === 'en') return fieldErrors;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      field,
      messages.map((m, i) => fieldText(data.fieldCodes?.[field]?.[i], data.fieldParams?.[field]?.[i], locale) ?? m),
    ]),
  );
}

/** The issues of a form's own parse of its request schema, worded as the server's refusal of them would be. */
export function issueTexts(issues: readonly z.core.$ZodIssue[], locale = pageLocale()): Record<string, string[]> {
  return fieldErrorTexts(fieldIssues(issues), locale);
}

function fieldText(code: unknown, params: unknown, locale: TLocale): string | undefined {
  if (typeof code !== 'string') return undefined;
  const vars = typeof params === 'object' && params !== null ? (params as TVars) : undefined;
  if (Object.hasOwn(fieldMessages.en, code)) return translator(fieldMessages, locale)(code as never, vars);
  // zod's codes are worded by the kind of value when there is a wording for it (`field.too_small.string`).
  const kinded = `${code}.${String(vars?.kind)}`;
  const key = Object.hasOwn(fieldIssueMessages.en, kinded) ? kinded : code;
  return Object.hasOwn(fieldIssueMessages.en, key)
    ? translator(fieldIssueMessages, locale)(key as never, vars)
    : undefined;
}
