import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type TParsedAwareness, applyParsedAwareness } from './awareness-apply';

type TEvent = [string, { added: number[]; updated: number[]; removed: number[] }, unknown];

const SELF = 7;
const made: awarenessProtocol.Awareness[] = [];

/** An awareness whose own client id is SELF, recording every event it emits. */
function recorded(localState: Record<string, unknown> | null): {
  awareness: awarenessProtocol.Awareness;
  events: TEvent[];
} {
  const doc = new Y.Doc();
  doc.clientID = SELF;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(localState);
  made.push(awareness);
  const events: TEvent[] = [];
  for (const name of ['change', 'update'] as const)
    awareness.on(name, (change: TEvent[1], origin: unknown) => events.push([name, change, origin]));
  return { awareness, events };
}

function encoded(entries: TParsedAwareness[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const x of entries) {
    encoding.writeVarUint(e, x.clientId);
    encoding.writeVarUint(e, x.clock);
    encoding.writeVarString(e, JSON.stringify(x.state));
  }
  return encoding.toUint8Array(e);
}

/** A small deterministic generator, so that a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const STATES = [null, { user: { name: 'a' } }, { user: { name: 'b' } }, { cursor: [1, 2] }];

afterEach(() => {
  for (const a of made.splice(0)) a.destroy();
});

describe('applyParsedAwareness', () => {
  it.each([
    ['the server (no state of its own)', null],
    ['a participant with a state of its own', { user: { name: 'self' } }],
  ])('changes states, clocks and events exactly as y-protocols does, for %s', (_label, local) => {
    const ours = recorded(local);
    const theirs = recorded(local);
    const r = prng(42);
    for (let round = 0; round < 2000; round++) {
      const entries: TParsedAwareness[] = Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
        clientId: [SELF, 1, 2, 3][Math.floor(r() * 4)]!,
        // Around a clock that advances, so that entries are new, repeated or stale.
        clock: Math.max(0, Math.floor(round / 3) + Math.floor(r() * 4) - 2),
        state: STATES[Math.floor(r() * STATES.length)]!,
      }));
      awarenessProtocol.applyAwarenessUpdate(theirs.awareness, encoded(entries), 'origin');
      applyParsedAwareness(ours.awareness, entries, 'origin');
      expect(ours.awareness.getStates(), `round ${round}`).toEqual(theirs.awareness.getStates());
      expect([...ours.awareness.meta].map(([id, m]) => [id, m.clock])).toEqual(
        [...theirs.awareness.meta].map(([id, m]) => [id, m.clock]),
      );
    }
    expect(ours.events.length).toBeGreaterThan(100);
    expect(ours.events).toEqual(theirs.events);
  });
});
