import { describe, expect, it } from 'vitest';
import { meetingHost, normalMeetingUrl, seesGroupMeeting } from './meeting-links';

describe('meeting links', () => {
  it('accepts any https address, in its normal form', () => {
    expect(normalMeetingUrl('https://meet.jit.si/IDG-Workshop')).toBe('https://meet.jit.si/IDG-Workshop');
    expect(normalMeetingUrl('https://Teams.Microsoft.com/l/meetup-join/19%3ameeting_x?context=%7b%7d')).toBe(
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x?context=%7b%7d',
    );
    expect(normalMeetingUrl('https://zoom.us')).toBe('https://zoom.us/');
    expect(normalMeetingUrl('https://customs.webex.com/meet/idg')).toBe('https://customs.webex.com/meet/idg');
  });

  it('refuses anything but an https web address', () => {
    for (const bad of [
      'http://meet.jit.si/room',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example/x',
      'meet.jit.si/room',
      'not a link',
      '',
      'https://',
      'https://meet.jit.si@evil.example/room',
      'https://user:pass@meet.jit.si/room',
    ])
      expect(normalMeetingUrl(bad), bad).toBeNull();
  });

  it('names the host a link leads to', () => {
    expect(meetingHost('https://meet.jit.si/IDG-Workshop')).toBe('meet.jit.si');
    expect(meetingHost('https://us02web.zoom.us:443/j/123?pwd=x')).toBe('us02web.zoom.us');
  });

  it('shows a group’s link to its members and to those who manage groups', () => {
    const members = ['ana', 'tomas'];
    expect(seesGroupMeeting({ userId: 'ana', role: 'IC' }, members)).toBe(true);
    expect(seesGroupMeeting({ userId: 'tomas', role: 'XC' }, members)).toBe(true);
    for (const role of ['EF', 'LF', 'NCP'] as const)
      expect(seesGroupMeeting({ userId: 'f', role }, members)).toBe(true);
    for (const role of ['SM', 'IC', 'XC', 'OBS'] as const)
      expect(seesGroupMeeting({ userId: 'ben', role }, members), role).toBe(false);
  });
});
