import { describe, expect, it } from 'vitest';
import { parsePresenceState } from './presence';

const user = { id: 'u1', name: 'Ana', color: '#12ab9f' };

describe('parsePresenceState', () => {
  it('reads a well-formed state, with or without a question', () => {
    expect(parsePresenceState({ user, questionKey: 'transparency.1' })).toEqual({
      user,
      questionKey: 'transparency.1',
    });
    expect(parsePresenceState({ user })).toEqual({ user, questionKey: null });
    expect(parsePresenceState({ user, questionKey: null })).toEqual({ user, questionKey: null });
  });

  it('keeps only the fields it knows', () => {
    const parsed = parsePresenceState({ user: { ...user, role: 'EF' }, questionKey: 'a.1', cursor: {} });
    expect(parsed).toEqual({ user, questionKey: 'a.1' });
  });

  it.each([
    ['not an object', 'ana'],
    ['null', null],
    ['no user', { questionKey: 'a.1' }],
    ['an empty id', { user: { ...user, id: '' } }],
    ['a long id', { user: { ...user, id: 'x'.repeat(101) } }],
    ['a long name', { user: { ...user, name: 'x'.repeat(201) } }],
    ['a colour that is not #rrggbb', { user: { ...user, color: 'red; background:url(x)' } }],
    ['a number for the question', { user, questionKey: 7 }],
    ['a long question key', { user, questionKey: 'q'.repeat(101) }],
  ])('refuses %s', (_, state) => {
    expect(parsePresenceState(state)).toBeNull();
  });
});
