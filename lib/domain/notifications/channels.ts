import type { TNotificationChannel, TNotificationKind } from '../../contracts/notifications';

/**
 * How each kind reaches a member who chose nothing: what asks them to act soon comes by mail at
 * once, what can wait comes in the morning digest, a rating round opened during a session is seen
 * in the app.
 */
export const DEFAULT_CHANNELS: Record<TNotificationKind, TNotificationChannel> = {
  mention: 'email',
  reply: 'digest',
  assignment: 'email',
  'rating-opened': 'app',
  'approval-requested': 'email',
  'finding-disputed': 'digest',
  'session-changed': 'digest',
  'session-starting': 'email',
};

/** The channel in force: the member's choice or the default, and the app alone when no mail can be sent. */
export function effectiveChannel(
  kind: TNotificationKind,
  chosen: TNotificationChannel | undefined,
  mailAvailable: boolean,
): TNotificationChannel {
  return mailAvailable ? (chosen ?? DEFAULT_CHANNELS[kind]) : 'app';
}
