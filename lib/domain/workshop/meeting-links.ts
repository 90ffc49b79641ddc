// Video-meeting links of sessions and breakout groups: any https address of a meeting service
// (Jitsi, Teams, Zoom, Webex, ...). The app builds in no video; it stores, shows and sends the link.
import { can } from '../access/permissions';
import type { TRole } from '../access/roles';

/** The longest meeting link accepted; join links of some services run to several hundred characters. */
export const MEETING_URL_MAX = 2000;

/**
 * The link as stored, in the URL's normal form, or null when it is not an https web address.
 * A link carrying a user name or password is refused: `https://meet.jit.si@other.example` leads
 * to other.example, whatever it seems to say.
 */
export function normalMeetingUrl(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** The host a link leads to, shown beside it so that people see where it takes them. */
export function meetingHost(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : url;
}

/**
 * Whether a member sees a breakout group's meeting link: the group's own members do, and those
 * who manage groups see every group's. Others see that the group exists, not how to walk in.
 */
export function seesGroupMeeting(viewer: { userId: string; role: TRole }, memberIds: readonly string[]): boolean {
  return can(viewer.role, 'groups.manage') || memberIds.includes(viewer.userId);
}
