import type { TServerEvents } from './events';

type TBroadcaster = <E extends keyof TServerEvents>(
  assessmentId: string,
  event: E,
  ...args: Parameters<TServerEvents[E]>
) => void;
type TMemberBroadcaster = <E extends keyof TServerEvents>(
  assessmentId: string,
  userIds: readonly string[],
  event: E,
  ...args: Parameters<TServerEvents[E]>
) => void;

// Route handlers run in Next's copy of this module and the live server in the custom server's;
// globalThis is the one place both see (see docs/pitfalls.md, "Sharing state between server/
// and route handlers").
type TUserBroadcaster = <E extends keyof TServerEvents>(
  userId: string,
  event: E,
  ...args: Parameters<TServerEvents[E]>
) => void;

const holder = globalThis as typeof globalThis & {
  __idgBroadcast?: TBroadcaster;
  __idgMemberBroadcast?: TMemberBroadcaster;
  __idgUserBroadcast?: TUserBroadcaster;
};

/** Installs the function that sends events to an assessment's room (the live server does this at start). */
export function setAssessmentBroadcaster(fn: TBroadcaster | undefined): void {
  holder.__idgBroadcast = fn;
}

/** Sends an event to everyone in an assessment's live room; a no-op where no live server runs (tests, scripts). */
export function broadcastToAssessment<E extends keyof TServerEvents>(
  assessmentId: string,
  event: E,
  ...args: Parameters<TServerEvents[E]>
): void {
  holder.__idgBroadcast?.(assessmentId, event, ...args);
}

/**
 * Installs the function that sends events to chosen members' own connections in an assessment (the
 * live server does this at start).
 */
export function setMemberBroadcaster(fn: TMemberBroadcaster | undefined): void {
  holder.__idgMemberBroadcast = fn;
}

/**
 * Sends an event only to these members' connections in the assessment (what the rest of the room
 * may not see); a no-op where no live server runs.
 */
export function broadcastToMembers<E extends keyof TServerEvents>(
  assessmentId: string,
  userIds: readonly string[],
  event: E,
  ...args: Parameters<TServerEvents[E]>
): void {
  if (userIds.length > 0) holder.__idgMemberBroadcast?.(assessmentId, userIds, event, ...args);
}

/** Installs the function that sends events to all of one user's connections (the live server does this at start). */
export function setUserBroadcaster(fn: TUserBroadcaster | undefined): void {
  holder.__idgUserBroadcast = fn;
}

/** Sends an event to every connection of one user, on any page; a no-op where no live server runs. */
export function broadcastToUser<E extends keyof TServerEvents>(
  userId: string,
  event: E,
  ...args: Parameters<TServerEvents[E]>
): void {
  holder.__idgUserBroadcast?.(userId, event, ...args);
}
