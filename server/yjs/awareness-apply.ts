import { equalityDeep } from 'lib0/function';
import type { Awareness } from 'y-protocols/awareness';

/** One awareness entry whose state has already been parsed (null: the client left). */
export type TParsedAwareness = { clientId: number; clock: number; state: Record<string, unknown> | null };

/**
 * Applies awareness entries exactly as y-protocols' `applyAwarenessUpdate` does (same clock rule,
 * same 'change' and 'update' events), from states the guard has already parsed and checked. The
 * y-protocols function takes encoded bytes and parses every state again: on a busy server, where
 * cursors moving are most of the traffic, that second parse was a large part of what the young
 * generation had to collect.
 */
export function applyParsedAwareness(
  awareness: Awareness,
  entries: readonly TParsedAwareness[],
  origin: unknown,
): void {
  const timestamp = Date.now();
  const added: number[] = [];
  const updated: number[] = [];
  const filteredUpdated: number[] = [];
  const removed: number[] = [];
  for (const { clientId, clock: entryClock, state } of entries) {
    let clock = entryClock;
    const meta = awareness.meta.get(clientId);
    const currClock = meta === undefined ? 0 : meta.clock;
    if (!(currClock < clock || (currClock === clock && state === null && awareness.states.has(clientId)))) continue;
    const prevState = awareness.states.get(clientId);
    if (state === null) {
      // A remote client may not remove the server's own state; the server never has one, but
      // keep y-protocols' rule so that this stays a faithful copy.
      if (clientId === awareness.clientID && awareness.getLocalState() != null) clock++;
      else awareness.states.delete(clientId);
    } else {
      awareness.states.set(clientId, state);
    }
    awareness.meta.set(clientId, { clock, lastUpdated: timestamp });
    if (meta === undefined && state !== null) added.push(clientId);
    else if (meta !== undefined && state === null) removed.push(clientId);
    else if (state !== null) {
      if (!equalityDeep(state, prevState)) filteredUpdated.push(clientId);
      updated.push(clientId);
    }
  }
  if (added.length > 0 || filteredUpdated.length > 0 || removed.length > 0)
    awareness.emit('change', [{ added, updated: filteredUpdated, removed }, origin]);
  if (added.length > 0 || updated.length > 0 || removed.length > 0)
    awareness.emit('update', [{ added, updated, removed }, origin]);
}
