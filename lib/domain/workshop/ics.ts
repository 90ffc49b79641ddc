// RFC 5545 calendar files for workshop sessions, so members get them in their own calendar in
// their own time zone: times are written in UTC and the calendar client converts them.
import { type EventAttributes, createEvent } from 'ics';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Folds a content line into chunks of at most 75 octets (RFC 5545 3.1), each continuation
 * starting with one space, never splitting a UTF-8 character. Kept by hand because `ics` folds
 * at 75 characters, which French and Spanish text with accents takes past 75 octets.
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

export type TIcsEvent = {
  /** Globally unique and stable across updates, so a re-import replaces the event. */
  uid: string;
  title: string;
  startsAt: string;
  durationMinutes: number;
  description: string;
  /** Increases with every change of the event. */
  sequence: number;
  /** The session's page in the app. */
  url?: string;
  /**
   * The session's video-meeting link. As meeting services write their invitations, it is the
   * event's LOCATION and URL and the description's first line; the app's page then moves to the
   * description's end.
   */
  meetingUrl?: string | null;
  /** When this file was made; defaults to now. */
  stamp?: string | Date;
};

// `ics` escapes "\n" and "\r\n" but would write a lone "\r" as it is, a line break inside a value.
const oneLineBreak = (text: string) => text.replace(/\r\n?/g, '\n');

/** What the event's description says: the meeting link first, then the given text, then the page. */
function descriptionOf(event: TIcsEvent): string {
  if (!event.meetingUrl) return event.description;
  return [
    `Join the video meeting: ${event.meetingUrl}`,
    event.description,
    ...(event.url ? [`Session page: ${event.url}`] : []),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/** A VCALENDAR with one VEVENT, CRLF line ends, lines folded at 75 octets. */
export function sessionIcs(event: TIcsEvent): string {
  const start = new Date(event.startsAt).getTime();
  const url = event.meetingUrl || event.url;
  // `timestamp` (DTSTAMP) is read by ics but missing from its types.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: '-//IDG Workshop//Workshop sessions//EN',
    method: 'PUBLISH',
    uid: event.uid,
    timestamp: new Date(event.stamp ?? Date.now()).getTime(),
    sequence: event.sequence,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: start + event.durationMinutes * 60_000,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: oneLineBreak(event.title),
    description: oneLineBreak(descriptionOf(event)),
    ...(event.meetingUrl ? { location: event.meetingUrl } : {}),
    ...(url ? { url } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error('calendar event not created');
  // Unfold what `ics` folded by characters and fold again by octets.
  const lines = value
    .replace(/\r\n[ \t]/g, '')
    .split(CRLF)
    .filter((l) => l !== '');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
