import { DomainError, type TErrorCode } from '../shared/errors';
import { can, type TAction } from './permissions';
import type { TRole } from './roles';

/**
 * Throws `code` unless the member may do `action`. Services check the right themselves as well as
 * the route, so that a socket.io handler or a script calling them cannot skip it; each service
 * keeps its own code, which says what was refused.
 */
export function assertCan(member: { role: TRole }, action: TAction, code: TErrorCode): void {
  if (!can(member.role, action)) throw new DomainError(code);
}
