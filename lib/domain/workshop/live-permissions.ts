import { can } from '../access/permissions';
import type { TRole } from '../access/roles';

/** Facilitator console commands of the live room: only those who may run sessions send them. */
export const CONSOLE_COMMANDS = [
  'breakout:start',
  'breakout:end',
  'spotlight:set',
  'timer:start',
  'timer:pause',
  'timer:resume',
  'timer:add',
  'timer:stop',
  'area:lock',
  'area:unlock',
  'announcement:set',
  'announcement:clear',
  'hands:clear',
  'run:start',
  'run:extend',
  'run:end',
] as const;
/** A console command's event name: the live pipeline makes its declaration say `who: 'console'`. */
export type TConsoleCommand = (typeof CONSOLE_COMMANDS)[number];

/** Whether a member with `role` may send console commands. */
export function mayRunConsole(role: TRole): boolean {
  return can(role, 'session.run');
}

/**
 * Whether a member may lead follow-me (take everyone to a page): facilitators, and while their
 * group is spotlighted for report-back, that group's rapporteur.
 */
export function mayPresent(role: TRole, userId: string, spotlightRapporteurId: string | null): boolean {
  return mayRunConsole(role) || (spotlightRapporteurId !== null && spotlightRapporteurId === userId);
}

/** Whether a member may end follow-me: a facilitator, or whoever is leading it. */
export function mayStopFollow(role: TRole, userId: string, leaderId: string | null): boolean {
  return mayRunConsole(role) || (leaderId !== null && leaderId === userId);
}

/** Whether a member may lower `targetUserId`'s hand: their own always, anyone's when facilitating. */
export function mayLowerHand(role: TRole, userId: string, targetUserId: string): boolean {
  return userId === targetUserId || mayRunConsole(role);
}
