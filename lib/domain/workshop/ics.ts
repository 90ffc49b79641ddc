// RFC 5545 calendar files for workshop sessions, so members get them in their own calendar in
// their own time zone: times are written in UTC and the calendar client converts them.

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into chunks of at most 75 octets (RFC 5545 3.1), each continuation
 * starting with one space, never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = chunks.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

/** An instant as an RFC 5545 UTC DATE-TIME, e.g. 20251014T070000Z. */
export function icsDateTime(instant: string | number | Date): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export type TIcsEvent = {
  /** Globally unique and stable across updates, so a re-import replaces the event. */
  uid: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  description: string;
  /** Increases with every change of the event. */
  sequence: number;
  url?: string;
  /** When this file was made; defaults to now. */
  stamp?: string | Date;
};

/** A VCALENDAR with one VEVENT, CRLF line ends, lines folded at 75 octets. */
export function sessionIcs(event: TIcsEvent): string {
  const start = new Date(event.startsAt).getTime();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IDG Workshop//Workshop sessions//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(event.stamp ?? new Date())}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART:${icsDateTime(start)}`,
    `DTEND:${icsDateTime(start + event.durationMinutes * 60_000)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
