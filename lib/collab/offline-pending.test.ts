import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hasChangesBeyond, parseOfflineSyncMeta, pendingAfterReload } from './offline-pending';

function typed(doc: Y.Doc, text: string): void {
  doc.getText('answer').insert(0, text);
}

/** A copy as a reload finds it: the kept document's updates applied to a fresh Y.Doc. */
function reloaded(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('pendingAfterReload', () => {
  it('counts nothing when the server confirmed the whole copy', () => {
    const doc = new Y.Doc();
    typed(doc, 'confirmed');
    const meta = { serverStateVector: Y.encodeStateVector(doc), pending: 0 };
    expect(pendingAfterReload(reloaded(doc), meta)).toBe(0);
  });

  it('brings back the kept count when the copy holds changes beyond the confirmed state', () => {
    const doc = new Y.Doc();
    typed(doc, 'confirmed');
    const serverStateVector = Y.encodeStateVector(doc);
    typed(doc, 'offline one ');
    typed(doc, 'offline two ');
    expect(pendingAfterReload(reloaded(doc), { serverStateVector, pending: 2 })).toBe(2);
  });

  it('shows at least one change when the count was written before the typing reached the copy', () => {
    const doc = new Y.Doc();
    const serverStateVector = Y.encodeStateVector(doc);
    typed(doc, 'typed just before the tab closed');
    expect(pendingAfterReload(reloaded(doc), { serverStateVector, pending: 0 })).toBe(1);
  });

  it('trusts the state vectors over a stale count once the server confirmed everything', () => {
    const doc = new Y.Doc();
    typed(doc, 'offline');
    const meta = { serverStateVector: Y.encodeStateVector(doc), pending: 5 };
    expect(pendingAfterReload(reloaded(doc), meta)).toBe(0);
  });

  it('treats a non-empty copy with nothing kept beside it as unconfirmed, an empty one as nothing', () => {
    const doc = new Y.Doc();
    expect(pendingAfterReload(reloaded(doc), null)).toBe(0);
    typed(doc, 'x');
    expect(pendingAfterReload(reloaded(doc), null)).toBe(1);
  });
});

describe('hasChangesBeyond', () => {
  it('ignores clients the copy does not hold and compares clocks per client', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    typed(a, 'aaa');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    typed(b, 'bbb');
    expect(hasChangesBeyond(Y.encodeStateVector(a), Y.encodeStateVector(b))).toBe(false);
    expect(hasChangesBeyond(Y.encodeStateVector(b), Y.encodeStateVector(a))).toBe(true);
  });
});

describe('parseOfflineSyncMeta', () => {
  it('accepts what offline-doc.ts writes and nothing else', () => {
    const serverStateVector = new Uint8Array([0]);
    expect(parseOfflineSyncMeta({ serverStateVector, pending: 3 })).toEqual({ serverStateVector, pending: 3 });
    expect(parseOfflineSyncMeta(undefined)).toBeNull();
    expect(parseOfflineSyncMeta({ serverStateVector: [0], pending: 3 })).toBeNull();
    expect(parseOfflineSyncMeta({ serverStateVector, pending: -1 })).toBeNull();
    expect(parseOfflineSyncMeta({ serverStateVector, pending: 1.5 })).toBeNull();
  });
});
