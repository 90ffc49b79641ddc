// WebSocket close codes of the sync server, shared by server and client (Outline's CloseEvents).
// y-websocket v3 treats 4400-4499 as final (it stops reconnecting and emits 'closed') and every
// other code as transient, so the codes are placed to match: a retry that cannot help is 44xx,
// one that may help is 45xx. Upgrades refused before the socket opens answer HTTP 401/403/404
// instead; the browser reports those as 1006, which is why the 44xx codes below also exist for
// access lost during a connection.

/** Named close codes of `/yjs/<docName>` connections. */
export const CloseCode = {
  /** Server shutting down; reconnect (to this or another instance). */
  goingAway: 1001,
  /** A message over the 1 MiB frame limit (ws answers 1009 itself); resending it would fail again. */
  tooLarge: 1009,
  /** A message the server cannot decode, or a hostile one. */
  malformed: 4400,
  /** The session ended (signed out everywhere, account removed). */
  unauthorised: 4401,
  /** Signed in but no longer allowed to read this document. */
  forbidden: 4403,
  /** No such document (or not a member: existence is not revealed). */
  notFound: 4404,
  /** Unexpected server error; retry. */
  internalError: 4500,
  /** Membership or role changed: reconnect, and the server decides again what this user may do. */
  accessChanged: 4509,
  /** Too many messages per second on this connection; retry after a pause. */
  rateLimited: 4529,
  /** Too many open connections for this user; retry when one closes. */
  tooManyConnections: 4530,
  /**
   * Too many updates waiting for changes this connection has not sent; reconnect, and the client's
   * sync step 2 then carries them together with what they depend on.
   */
  missingDependencies: 4531,
} as const;

export type TCloseCodeName = keyof typeof CloseCode;
export type TCloseCode = (typeof CloseCode)[TCloseCodeName];

const FINAL: ReadonlySet<number> = new Set<number>([
  CloseCode.tooLarge,
  CloseCode.malformed,
  CloseCode.unauthorised,
  CloseCode.forbidden,
  CloseCode.notFound,
]);

/** Whether a client should reconnect after the server closed its connection with `code`. */
export function shouldRetry(code: number): boolean {
  return !FINAL.has(code);
}

/** The name of a close code, for logs and messages; undefined for codes not ours. */
export function closeCodeName(code: number): TCloseCodeName | undefined {
  return (Object.keys(CloseCode) as TCloseCodeName[]).find((k) => CloseCode[k] === code);
}

/** Short reason text sent with a close frame (at most 123 bytes by the WebSocket spec). */
export function closeReason(code: TCloseCode): string {
  return closeCodeName(code) ?? 'closed';
}
