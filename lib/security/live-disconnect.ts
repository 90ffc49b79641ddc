import type { TRole } from '../domain/access/roles';
import { logger } from '../log/logger';

/** What the live (socket.io) server lets route handlers do to a member's open sockets. */
export type TLiveSessionControl = {
  /** Disconnects the user's sockets joined to the assessment; returns how many. */
  disconnectMember: (assessmentId: string, userId: string) => Promise<number>;
  /** Records a member's new role on their joined sockets (events read the role again anyway). */
  refreshRole: (assessmentId: string, userId: string, role: TRole) => Promise<void>;
};

// Route handlers run in Next's copy of this module and the live server in the custom server's;
// globalThis is the one place both see (see docs/pitfalls.md, "Sharing state between server/
// and route handlers"), as for broadcast.ts.
const holder = globalThis as typeof globalThis & { __idgLiveControl?: TLiveSessionControl };

/** Installs the live server's control (it does so at start; undefined on close). */
export function setLiveSessionControl(control: TLiveSessionControl | undefined): void {
  holder.__idgLiveControl = control;
}

/** Disconnects a removed member's live sockets from the assessment at once; a no-op without a live server. */
export function disconnectLiveMember(assessmentId: string, userId: string): void {
  void holder.__idgLiveControl
    ?.disconnectMember(assessmentId, userId)
    .catch((err: unknown) => logger('live').error({ err, assessmentId, userId }, 'disconnect-member-failed'));
}

/** Tells a member's open live sockets their new role; a no-op without a live server. */
export function refreshLiveRole(assessmentId: string, userId: string, role: TRole): void {
  void holder.__idgLiveControl
    ?.refreshRole(assessmentId, userId, role)
    .catch((err: unknown) => logger('live').error({ err, assessmentId, userId }, 'refresh-role-failed'));
}
