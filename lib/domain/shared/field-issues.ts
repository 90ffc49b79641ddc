import type { z } from 'zod';
import type { TVars } from '../../i18n/messages';
import { type TFieldErrors, type TFieldParams, fieldCodeOf } from './errors';

/** A failed parse, field by field: what the API sends beside `validation.failed`, and what forms word. */
export type TFieldIssues = { fieldErrors: TFieldErrors; fieldCodes: TFieldErrors; fieldParams: TFieldParams };

/**
 * Each invalid field of a failed zod parse, keyed by its path (`weights.0`): English messages in
 * `fieldErrors`, and beside them in `fieldCodes` codes stable across languages: the domain's own
 * for a message it words (`field.country_required`), else zod's issue code (`field.too_small`),
 * with in `fieldParams` the limit and the kind of value zod gives. The server sends these, and
 * forms word their own parse of the same schema from them, so both read alike.
 */
export function fieldIssues(issues: readonly z.core.$ZodIssue[]): TFieldIssues {
  const fieldErrors: TFieldErrors = {};
  const fieldCodes: TFieldErrors = {};
  const fieldParams: TFieldParams = {};
  for (const issue of issues) {
    const key = issue.path.join('.') || '_';
    const own = fieldCodeOf(issue.message);
    (fieldErrors[key] ??= []).push(issue.message);
    (fieldCodes[key] ??= []).push(own ?? `field.${issue.code}`);
    (fieldParams[key] ??= []).push(own ? {} : issueParams(issue));
  }
  return { fieldErrors, fieldCodes, fieldParams };
}

/**
 * The variables of a zod issue's message: the kind of value (which picks the wording) and an
 * inclusive limit. An exclusive one ("more than 0") is left out, so the general wording is used.
 */
function issueParams(issue: z.core.$ZodIssue): TVars {
  switch (issue.code) {
    case 'too_small':
      return issue.inclusive !== false && typeof issue.minimum === 'number'
        ? { kind: issue.origin, minimum: issue.minimum }
        : {};
    case 'too_big':
      return issue.inclusive !== false && typeof issue.maximum === 'number'
        ? { kind: issue.origin, maximum: issue.maximum }
        : {};
    case 'invalid_format':
      return { kind: issue.format };
    default:
      return {};
  }
}
