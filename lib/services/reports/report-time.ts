/** A moment as the report prints it: date and time in the assessment's zone, the zone named. */
export function reportTime(iso: string, timeZone: string): string {
  return `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso))} (${timeZone})`;
}
