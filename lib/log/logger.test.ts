import { describe, expect, it } from 'vitest';
import { requestId } from './logger';

describe('requestId', () => {
  it('keeps the id a proxy set', () => {
    expect(requestId(new Headers({ 'x-request-id': 'abc-123' }))).toBe('abc-123');
  });

  it('makes one when there is none, or when the given one is no short plain id', () => {
    expect(requestId(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestId(new Headers({ 'x-request-id': 'a", "level": 60' }))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestId(new Headers({ 'x-request-id': 'x'.repeat(65) }))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
