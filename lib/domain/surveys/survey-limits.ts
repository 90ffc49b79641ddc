import type { TRateLimit } from '../../security/rate-limit';

/** Largest public survey answer body accepted, in bytes: 60 free-text answers of 2,000 characters fit with room. */
export const MAX_SURVEY_ANSWER_BYTES = 256 * 1024;

/**
 * Public answers per client address, across surveys: a whole office behind one address answering
 * after a briefing fits; one machine flooding every link it knows does not. The limiter keys the
 * address by a keyed hash (lib/security/client-address), so the address itself is not kept.
 */
export const SURVEY_ADDRESS_LIMIT: TRateLimit = { perSecond: 2, burst: 120 };

/**
 * Public answers per survey: a room of staff answering together after a briefing fits in the
 * burst; a script stuffing the ballot does not. Keyed by survey.
 */
export const SURVEY_ANSWER_LIMIT: TRateLimit = { perSecond: 2, burst: 60 };
