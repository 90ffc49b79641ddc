import { createTranslator } from 'next-intl';
import type { TVars } from '../../i18n/messages';
import error from '../../i18n/messages/en/error.json';
import field from '../../i18n/messages/en/field.json';
import { ERROR_STATUS, type TErrorCode } from './error-codes';

export { ERROR_STATUS, isErrorCode, type TErrorCode } from './error-codes';

/** Per field of a request, what is wrong with it: English messages, and the codes that name them. */
export type TFieldErrors = Record<string, string[]>;
/** Per field, beside each code, the variables its message takes (a limit, the kind of value); `{}` for none. */
export type TFieldParams = Record<string, TVars[]>;

type TDomainErrorOptions = {
  /** Per-field English messages, as forms show them beside each field. */
  fieldErrors?: TFieldErrors;
  /**
   * Per-field codes; without them each message carries the code its English is known by
   * (fieldCodeOf), or else the error's own code.
   */
  fieldCodes?: TFieldErrors;
  fieldParams?: TFieldParams;
  /** English worded by the thrower when it has details the code's message lacks (a file check's reason). */
  message?: string;
};

/**
 * The one error type of services, the domain, the API and the live room: a stable code (its HTTP
 * status from ERROR_STATUS), the variables its message takes, and its English message, which is
 * the code's catalogue text unless the thrower words a more detailed one. lib/api turns it into a
 * JSON response, the live room into a refused acknowledgement; clients translate it by code.
 */
export class DomainError extends Error {
  readonly status: number;
  readonly fieldErrors?: TFieldErrors;
  readonly fieldCodes?: TFieldErrors;
  readonly fieldParams?: TFieldParams;

  constructor(
    readonly code: TErrorCode,
    readonly params?: TVars,
    { fieldErrors, fieldCodes, fieldParams, message }: TDomainErrorOptions = {},
  ) {
    super(message ?? englishMessage(code, params));
    this.name = 'DomainError';
    this.status = ERROR_STATUS[code];
    this.fieldErrors = fieldErrors;
    this.fieldCodes =
      fieldErrors &&
      (fieldCodes ??
        Object.fromEntries(
          Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((m) => fieldCodeOf(m) ?? code)]),
        ));
    this.fieldParams = fieldErrors && fieldParams;
  }
}

/** The English message of a code, with its variables filled. */
export function englishMessage(code: TErrorCode, params?: TVars): string {
  return english(code, params);
}

const english = createTranslator({ locale: 'en', messages: { error }, namespace: 'error' });

const FIELD_CODE_OF_ENGLISH = new Map<string, string>(
  Object.entries(field.field).map(([code, words]) => [words, `field.${code}`]),
);

/**
 * The code of a field message the domain words itself ("Name the country."), by its English in
 * the field catalogue; schemas and services keep writing plain English, and the wire gains the code.
 */
export function fieldCodeOf(message: string): string | undefined {
  return FIELD_CODE_OF_ENGLISH.get(message);
}
