import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dropPending, hasPending } from '../../lib/collab/pending-structs';
import { missingDependencies } from './update-deps';

/** Whether yjs, applying `update` to a copy of `doc`, would leave anything pending. */
function yjsLeavesPending(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(copy, update);
  return hasPending(copy);
}

/** A small deterministic random number generator, so that a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Updates of three people editing one area together, each seeing some of the others' edits. */
function concurrentUpdates(seed: number): Uint8Array[] {
  const random = rng(seed);
  const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const updates: Uint8Array[] = [];
  docs.forEach((d) => d.on('update', (u: Uint8Array, origin: unknown) => origin !== 'sync' && updates.push(u)));
  for (let step = 0; step < 60; step++) {
    const d = docs[Math.floor(random() * docs.length)]!;
    const text = d.getText('answer:transparency.1');
    const r = random();
    if (r < 0.5) text.insert(Math.floor(random() * (text.length + 1)), `w${step}é😀 `);
    else if (r < 0.7 && text.length > 2) text.delete(Math.floor(random() * (text.length - 1)), 2);
    else if (r < 0.85) d.getMap('status').set(`q${step % 4}`, `v${step}`);
    else {
      const other = docs[Math.floor(random() * docs.length)]!;
      Y.applyUpdate(d, Y.encodeStateAsUpdate(other, Y.encodeStateVector(d)), 'sync');
    }
  }
  return updates;
}

describe('missingDependencies', () => {
  it('finds nothing missing in updates applied in the order they were made', () => {
    const target = new Y.Doc();
    for (const u of concurrentUpdates(1)) {
      expect(missingDependencies(u, target)).toBeNull();
      Y.applyUpdate(target, u);
    }
    expect(hasPending(target)).toBe(false);
  });

  it('agrees with yjs on every update and merge, in any order', () => {
    let waited = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const random = rng(seed * 7);
      const updates = concurrentUpdates(seed);
      // Merges of runs of updates, as a client's sync step 2 sends them; they may carry gaps (Skip structs).
      const candidates = [...updates];
      for (let i = 0; i < 10; i++) {
        const from = Math.floor(random() * updates.length);
        candidates.push(Y.mergeUpdates(updates.filter((_, j) => j >= from && random() < 0.6)));
      }
      const doc = new Y.Doc();
      let left = candidates.sort(() => random() - 0.5);
      for (let progress = true; progress && left.length > 0;) {
        progress = false;
        const next: Uint8Array[] = [];
        for (const u of left) {
          const ready = missingDependencies(u, doc) === null;
          expect(ready, `seed ${seed}`).toBe(!yjsLeavesPending(doc, u));
          if (ready) {
            Y.applyUpdate(doc, u);
            progress = true;
          } else {
            waited++;
            next.push(u);
          }
        }
        left = next;
      }
      expect(hasPending(doc)).toBe(false);
    }
    // The shuffles did put updates before what they need.
    expect(waited).toBeGreaterThan(50);
  });

  it('finds what a crafted update lacks: a gap in its clocks, an unknown origin, a deletion of an unknown item', () => {
    const author = new Y.Doc();
    const first: Uint8Array[] = [];
    author.on('update', (u: Uint8Array) => first.push(u));
    author.getText('t').insert(0, 'ab');
    author.getText('t').insert(2, 'cd');
    const target = new Y.Doc();
    expect(missingDependencies(first[1]!, target)).toEqual({ client: author.clientID, clock: 1 });

    const other = new Y.Doc();
    Y.applyUpdate(other, first[0]!);
    const second: Uint8Array[] = [];
    other.on('update', (u: Uint8Array) => second.push(u));
    other.getText('t').insert(1, 'x');
    other.getText('t').delete(0, 1);
    expect(missingDependencies(second[0]!, target)).toEqual({ client: author.clientID, clock: 0 });
    expect(missingDependencies(second[1]!, target)).toEqual({ client: author.clientID, clock: 0 });
    Y.applyUpdate(target, first[0]!);
    expect(missingDependencies(second[0]!, target)).toBeNull();
    expect(missingDependencies(second[1]!, target)).toBeNull();
  });

  it('dropPending clears what yjs left waiting', () => {
    const author = new Y.Doc();
    const updates: Uint8Array[] = [];
    author.on('update', (u: Uint8Array) => updates.push(u));
    author.getText('t').insert(0, 'a');
    author.getText('t').insert(1, 'b');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, updates[1]!);
    expect(hasPending(doc)).toBe(true);
    expect(dropPending(doc)).toBe(true);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });
});
