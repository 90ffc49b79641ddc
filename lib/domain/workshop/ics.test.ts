import { describe, expect, it } from 'vitest';
import { agendaText } from './sessions';
import { foldLine, sessionIcs } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
const event = {
  uid: 'u@idg-workshop',
  title: 'x',
  startsAt: '2025-10-14T07:00:00.000Z',
  durationMinutes: 60,
  description: '',
  sequence: 0,
  stamp: '2025-10-01T10:00:00.000Z',
};
const lineOf = (ics: string, name: string) =>
  ics
    .replace(/\r\n /g, '')
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe('iCalendar export', () => {
  it('escapes backslashes, separators and line breaks in text', () => {
    expect(lineOf(sessionIcs({ ...event, title: 'a\\b; c, d\ne\r\nf' }), 'SUMMARY')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes UTC date-times', () => {
    expect(lineOf(sessionIcs({ ...event, startsAt: '2025-10-14T07:05:09.123Z' }), 'DTSTART')).toBe('20251014T070509Z');
  });

  it('makes a VCALENDAR with one VEVENT in UTC with CRLF line ends', () => {
    const ics = sessionIcs({
      uid: 'abc@idg-workshop',
      title: 'Plenary: transparency, findings; day 1',
      startsAt: '2025-10-14T07:00:00.000Z',
      durationMinutes: 90,
      description: agendaText([
        { title: 'Key factor 3 findings', activityCode: '5.4', areaId: 'transparency' },
        { title: 'Next steps' },
      ]),
      sequence: 2,
      url: 'https://idg.example/assessments/x/sessions',
      stamp: '2025-10-01T10:00:00.000Z',
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = ics.replace(/\r\n /g, '');
    const lines = unfolded.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('UID:abc@idg-workshop');
    expect(lines).toContain('DTSTAMP:20251001T100000Z');
    expect(lines).toContain('DTSTART:20251014T070000Z');
    expect(lines).toContain('DTEND:20251014T083000Z');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('SUMMARY:Plenary: transparency\\, findings\\; day 1');
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toMatch(
      /^DESCRIPTION:Agenda:\\n1\. Key factor 3 findings \(Annex 4 activity 5\.4 · .*Transparency\)\\n2\. Next steps$/,
    );
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    for (const l of ics.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it('puts the meeting link where calendar clients look for it: URL, LOCATION and the description', () => {
    const meetingUrl =
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zm9vYmFyYmF6cXV4@thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d';
    const ics = sessionIcs({
      ...event,
      description: 'Demo Customs Administration\n\nNo agenda yet.',
      url: 'https://idg.example/assessments/x/sessions',
      meetingUrl,
    });
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain(`URL:${meetingUrl}`);
    // In text values `ics` escapes commas and semicolons; a URL value stays as it is.
    expect(lineOf(ics, 'LOCATION')).toBe(meetingUrl.replace(/[,;]/g, '\\$&'));
    expect(lineOf(ics, 'DESCRIPTION')).toBe(
      `Join the video meeting: ${meetingUrl}\\n\\nDemo Customs Administration\\n\\nNo agenda yet.` +
        '\\n\\nSession page: https://idg.example/assessments/x/sessions',
    );
    for (const l of ics.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it('keeps the app’s page as the URL of a session without a meeting link', () => {
    const ics = sessionIcs({
      ...event,
      description: 'No agenda yet.',
      url: 'https://idg.example/assessments/x/sessions',
      meetingUrl: null,
    });
    expect(lineOf(ics, 'URL')).toBe('https://idg.example/assessments/x/sessions');
    expect(lineOf(ics, 'LOCATION')).toBeUndefined();
    expect(lineOf(ics, 'DESCRIPTION')).toBe('No agenda yet.');
  });
});
