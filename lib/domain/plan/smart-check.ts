// Advice on an objective's wording against the guide's SMART criteria (Part III, step 2): its
// example "100% of staff will have attended training on ethics and good governance by the end
// of 2022" is measurable (100%) and time-bound (end of 2022). The check advises; nothing is
// blocked on it, because only the working group can judge what is Specific, Achievable, Relevant.

/** One piece of advice on an objective. */
/** `word` is the vague verb found, for interfaces that word the advice in the member's language. */
export type TSmartAdvice = {
  criterion: 'Measurable' | 'Time-bound' | 'Specific';
  code: 'no-target' | 'no-deadline' | 'vague-verb';
  message: string;
  word?: string;
};

const NUMBER = /\d/;
const MEASURABLE_WORDS =
  /\b(all|every|each|percent|percentage|per cent|rate|ratio|number of|at least|at most|no more than|fewer than|less than|more than|reduce[sd]? (?:by|to)|increase[sd]? (?:by|to)|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|twice|half|double|halve)\b/i;
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DEADLINE = new RegExp(
  [
    '\\b(19|20)\\d{2}\\b', // a year
    '\\bq[1-4]\\b', // a quarter
    '\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b', // a date
    `\\b(${MONTHS})\\b`,
    '\\b(within|in) (\\d+|one|two|three|six|twelve|eighteen) (day|week|month|year)s?\\b',
    '\\b(by|before|until) (the )?end of\\b',
    '\\b(monthly|quarterly|annually|yearly)\\b',
  ].join('|'),
  'i',
);
const VAGUE_VERBS =
  /\b(improve|improving|enhance|enhancing|strengthen|strengthening|support|supporting|promote|promoting|foster|fostering|encourage|encouraging|raise awareness|increase awareness|ensure|ensuring|develop|developing|address|addressing|boost|boosting)\b/i;

// A year is a deadline, not a target: "by 2027" alone must not pass as measurable.
const DEADLINE_YEARS = /\b(19|20)\d{2}\b|\bq[1-4]\b/gi;

/** Whether the text names a measurable target: a number, a percentage or a measurable word. */
export function hasMeasurableTarget(text: string): boolean {
  return NUMBER.test(text.replace(DEADLINE_YEARS, '')) || MEASURABLE_WORDS.test(text);
}

/** Whether the text names a deadline: a date, a quarter, a year, a month or a period. */
export function hasDeadline(text: string): boolean {
  return DEADLINE.test(text);
}

/** The SMART advice for an objective's text; an empty list when nothing is flagged. */
export function smartCheck(text: string): TSmartAdvice[] {
  const t = text.trim();
  if (t.length === 0) return [];
  const advice: TSmartAdvice[] = [];
  const measurable = hasMeasurableTarget(t);
  if (!measurable)
    advice.push({
      criterion: 'Measurable',
      code: 'no-target',
      message: 'Add a measurable target: a number, a percentage or a level to reach (e.g. “100% of staff”).',
    });
  if (!hasDeadline(t))
    advice.push({
      criterion: 'Time-bound',
      code: 'no-deadline',
      message: 'Add a deadline: a date, a quarter or a year (e.g. “by the end of 2027”).',
    });
  const vague = VAGUE_VERBS.exec(t);
  // A vague verb is fine once a measure says how much: "improve ... to 95%" is measurable.
  if (vague && !measurable) {
    advice.push({
      criterion: 'Specific',
      code: 'vague-verb',
      message: `“${vague[0]}” is vague on its own: say what changes and by how much.`,
      word: vague[0],
    });
  }
  return advice;
}
