import type { TRateLimit } from '../security/rate-limit';

/** Largest public survey answer body accepted, in bytes: 60 free-text answers of 2,000 characters fit with room. */
export const MAX_SURVEY_ANSWER_BYTES = 256 * 1024;

/**
 * Public answers per survey: a room of staff answering together after a briefing fits in the
 * burst; a script stuffing the ballot does not. Keyed by survey, never by address, so nothing
 * about a respondent is kept even in memory.
 */
export const SURVEY_ANSWER_LIMIT: TRateLimit = { perSecond: 2, burst: 60 };
