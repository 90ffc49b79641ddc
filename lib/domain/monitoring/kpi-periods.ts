// Measurement periods of a KPI: a year ("2027"), a quarter ("2027-Q2") or a month ("2027-05"),
// as the KPI sheet's periodicity asks (Annex 11 field i).

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The last day of a period as an ISO date, or null when the text is not a period. */
export function periodEnd(period: string): string | null {
  let m = YEAR.exec(period);
  if (m) return `${m[1]}-12-31`;
  m = QUARTER.exec(period);
  if (m) return lastDayOfMonth(Number(m[1]), Number(m[2]) * 3);
  m = MONTH.exec(period);
  if (m) return lastDayOfMonth(Number(m[1]), Number(m[2]));
  return null;
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a text is a period this app understands. */
export function isPeriod(period: string): boolean {
  return periodEnd(period) !== null;
}
