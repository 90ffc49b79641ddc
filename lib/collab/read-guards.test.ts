import { describe, expect, it } from 'vitest';
import { parsePlanRowMeta } from './plan-layout';
import { isDocId, parseUserRef } from './read-guards';

const row = { kind: 'activity', parentId: 'o1', order: 1, createdBy: { id: 'u1', name: 'Ana' }, createdAt: 5 };

describe('reading what clients wrote', () => {
  it('takes ids without dots or colons, 1 to 64 characters', () => {
    expect(isDocId('a1_B-2')).toBe(true);
    for (const bad of ['', 'a.b', 'a:b', 'x'.repeat(65), 7]) expect(isDocId(bad)).toBe(false);
  });

  it('reads an author and nothing else of it', () => {
    expect(parseUserRef({ id: 'u1', name: 'Ana', role: 'EF' })).toEqual({ id: 'u1', name: 'Ana' });
    expect(parseUserRef({ id: '', name: 'Ana' })).toBeNull();
    expect(parseUserRef({ id: 'u1', name: 'x'.repeat(201) })).toBeNull();
  });

  it('reads a plan row, keeping only the keys it knows', () => {
    expect(parsePlanRowMeta({ ...row, extra: 'x' })).toEqual(row);
    expect(parsePlanRowMeta({ ...row, parentId: null, source: 'annex9', deleted: false, candidateId: null })).toEqual({
      ...row,
      parentId: null,
      source: 'annex9',
      deleted: false,
      candidateId: null,
    });
  });

  it.each([
    ['an unknown kind', { ...row, kind: 'goal' }],
    ['a parent that is not an id', { ...row, parentId: 'a.b' }],
    ['an order that is not finite', { ...row, order: Infinity }],
    ['no author', { ...row, createdBy: null }],
    ['another source', { ...row, source: 'annex10' }],
    ['a deleted flag that is not a boolean', { ...row, deleted: 'yes' }],
    ['a long candidate id', { ...row, candidateId: 'c'.repeat(101) }],
  ])('reads a row with %s as malformed', (_, value) => {
    expect(parsePlanRowMeta(value)).toBeNull();
  });
});
