import { describe, expect, it } from 'vitest';
import { stampIdentity } from './awareness-identity';

const who = { userId: 'u1', userName: 'Ana' };

describe('stampIdentity', () => {
  it('keeps a state that already names the session user, as the same object', () => {
    const state = { user: { id: 'u1', name: 'Ana', color: '#123456' }, questionKey: 'transparency.1' };
    expect(stampIdentity(state, who)).toBe(state);
  });

  it('replaces a claimed id or name and keeps everything else', () => {
    expect(stampIdentity({ user: { id: 'u2', name: 'Facilitator', color: '#123456' }, cursor: 1 }, who)).toEqual({
      user: { id: 'u1', name: 'Ana', color: '#123456' },
      cursor: 1,
    });
    expect(stampIdentity({ user: { id: 'u1', name: 'Facilitator' } }, who)).toEqual({
      user: { id: 'u1', name: 'Ana' },
    });
  });

  it('names the user of a state that says nothing, or something else, about who it is', () => {
    expect(stampIdentity({}, who)).toEqual({ user: { id: 'u1', name: 'Ana' } });
    expect(stampIdentity({ user: 'Facilitator' }, who)).toEqual({ user: { id: 'u1', name: 'Ana' } });
    expect(stampIdentity({ user: ['x'] }, who)).toEqual({ user: { id: 'u1', name: 'Ana' } });
  });
});
