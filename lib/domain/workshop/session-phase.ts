// When a workshop session is running: apart from the agenda's rules (./sessions.ts), which take
// the whole checklist, since the live bar of every assessment page asks this.

/** How long before its start a session counts as running, so people joining early are marked present. */
export const JOIN_GRACE_MINUTES = 15;

export type TSessionPhase = 'upcoming' | 'running' | 'past';

/** Whether a session is still to come, running (from the grace period before its start to its end), or over. */
export function sessionPhase(
  session: { startsAt: string; durationMinutes: number },
  now: Date | number,
): TSessionPhase {
  const at = new Date(now).getTime();
  const start = new Date(session.startsAt).getTime();
  if (at < start - JOIN_GRACE_MINUTES * 60_000) return 'upcoming';
  if (at <= start + session.durationMinutes * 60_000) return 'running';
  return 'past';
}
