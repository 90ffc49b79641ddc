import { periodEnd } from './kpi-periods';
import type { TKpiSheetInput } from '../../contracts/plan';

// KPI sheets keep baseline and target as the working group writes them, the way the guide's
// tables do: "2019: 35%", "35% (2019)", "Baseline year 2019, value 0.8", "0 by 2027". A year
// there is when the figure holds, not the figure; reading the first number took "2019" for the
// baseline and left the baseline undated, so such a KPI could never be judged.

/** A number read from a sheet's words, with the day it refers to when the words give one (a year as its last day). */
export type TKpiFigure = { value: number; date: string | null };

// Dates and periods first: their digits must not be read as the figure.
const DATED = /\b(\d{4}-\d{2}-\d{2}|\d{4}-Q[1-4]|\d{4}-(?:0[1-9]|1[0-2]))\b/;
const NUMBER = /-?\d+(?:,\d{3})*(?:\.\d+)?%?/g;
const YEAR = /^(?:19|20)\d{2}$/;
// Words around a number that make it the year the figure holds for: "in 2019", "(2019)", "2019:".
const YEAR_BEFORE = /(?:\b(?:in|by|for|year|since|until|end of|as at|as of)\s*|\(\s*)$/i;
const YEAR_AFTER = /^\s*[:)]/;

/**
 * The figure a KPI sheet's baseline or target words state, or null when they state no number ("Regional benchmark").
 */
export function readKpiFigure(text: string | null | undefined): TKpiFigure | null {
  if (!text?.trim()) return null;
  let date: string | null = null;
  const dated = DATED.exec(text);
  if (dated) date = /^\d{4}-\d{2}-\d{2}$/.test(dated[1]!) ? dated[1]! : periodEnd(dated[1]!);
  const rest = dated ? text.replace(dated[0], ' ') : text;
  const numbers = [...rest.matchAll(NUMBER)].map((m) => ({
    token: m[0],
    before: rest.slice(0, m.index),
    after: rest.slice(m.index + m[0].length),
  }));
  const isYear = (n: (typeof numbers)[number]) => YEAR.test(n.token);
  const saysYear = (n: (typeof numbers)[number]) =>
    isYear(n) && (YEAR_BEFORE.test(n.before) || YEAR_AFTER.test(n.after));
  // The year: one the words mark as such, else a bare year beside another number ("2019 35%").
  const year = date ? undefined : (numbers.find(saysYear) ?? (numbers.length > 1 ? numbers.find(isYear) : undefined));
  if (year) date = `${year.token}-12-31`;
  const figure = numbers.find((n) => n !== year);
  if (!figure) return null;
  const value = Number(figure.token.replace(/[,%]/g, ''));
  return Number.isFinite(value) ? { value, date } : null;
}

/**
 * What monitoring measures a KPI against: baseline and target with their dates, from the sheet's
 * explicit figures or, failing those, its words.
 */
export type TKpiLine = {
  baseline: number | null;
  baselineDate: string | null;
  target: number | null;
  targetDate: string | null;
};

/**
 * Baseline and target of a sheet. The explicit fields win (a facilitator states them where the
 * words hold no number, as the guide's Annex 11 example with its "Regional benchmark"); then the
 * words of the baseline value and of field l; a target without a date of its own is due when
 * the last adopted activity using the KPI is (`latestDue`).
 */
export function kpiLine(
  sheet: Pick<TKpiSheetInput, 'fields' | 'baselineValue' | 'baselineDate'> &
    Partial<Pick<TKpiSheetInput, 'targetNumber' | 'targetDate'>>,
  latestDue: string | null,
): TKpiLine {
  const baseline = readKpiFigure(sheet.baselineValue);
  const worded = readKpiFigure(sheet.fields.targetValue);
  const explicitTarget = sheet.targetNumber ?? null;
  return {
    baseline: baseline?.value ?? null,
    baselineDate: sheet.baselineDate ?? baseline?.date ?? null,
    target: explicitTarget ?? worded?.value ?? null,
    targetDate: sheet.targetDate ?? (explicitTarget === null ? worded?.date : null) ?? latestDue,
  };
}
