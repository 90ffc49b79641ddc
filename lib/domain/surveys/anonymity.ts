/**
 * The k-anonymity threshold of survey results: a breakdown group with fewer answers than this is
 * never shown, so nobody's answers can be read off a small group (for example the only woman
 * in a unit).
 */
export const MIN_GROUP_ANSWERS = 5;
