import type { TParsedAwareness } from './awareness-apply';
import { stampIdentity } from './awareness-identity';
import { MalformedMessageError } from './bounded-decoder';
import { decodeAwarenessUpdate, parseAwarenessState } from './protocol';
import type { SharedDoc, TDocConnection } from './shared-doc';

// The y-websocket client echoes every awareness change it learns, other clients' included, so a
// connection's awareness messages routinely carry states it does not own. We keep only the
// entries that are its own: ids it already set, or a new live state for an id nobody holds whose
// clock is newer than what we know (so a stale echo of a departed client cannot bring it back).
// Anything else is dropped quietly; claiming more ids than a client plausibly runs is hostile.
// Each state is parsed once, here, and carries the session's user id and name (awareness-identity.ts).
// When every entry is the connection's own and already said so, its message (`frame`) is what the
// others receive; otherwise the states are encoded again, as stamped.

/** Applies the part of an awareness update that belongs to `conn`; throws MalformedMessageError when hostile. */
export function applyOwnAwareness(
  shared: SharedDoc,
  conn: TDocConnection,
  update: Uint8Array,
  frame: Uint8Array,
  maxIds: number,
): void {
  const own: TParsedAwareness[] = [];
  const entries = decodeAwarenessUpdate(update);
  let asSent = true;
  for (const entry of entries) {
    // Cheap checks first: echoes of others' states are most of what arrives and are never parsed.
    const mine = conn.awarenessIds.has(entry.clientId);
    if (!mine && shared.awarenessOwners.has(entry.clientId)) continue;
    const known = shared.awareness.meta.get(entry.clientId);
    if (!mine && known && known.clock >= entry.clock) continue;
    const parsed = parseAwarenessState(entry);
    const state = parsed && stampIdentity(parsed, conn);
    if (state !== parsed) asSent = false;
    if (mine) {
      own.push({ clientId: entry.clientId, clock: entry.clock, state });
      continue;
    }
    if (state === null) continue;
    if (conn.awarenessIds.size >= maxIds) throw new MalformedMessageError('too many awareness clients');
    conn.awarenessIds.add(entry.clientId);
    shared.awarenessOwners.set(entry.clientId, conn);
    own.push({ clientId: entry.clientId, clock: entry.clock, state });
  }
  if (own.length > 0) shared.applyAwareness(own, conn, asSent && own.length === entries.length ? frame : null);
}
