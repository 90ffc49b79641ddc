import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { assertCan } from './assert-can';

describe('assertCan', () => {
  it('lets a member with the right through', () => {
    expect(() => assertCan({ role: 'LF' }, 'groups.manage', 'groups.forbidden')).not.toThrow();
  });

  it('refuses a member without it with the code the service gave, and its status', () => {
    let thrown: unknown;
    try {
      assertCan({ role: 'IC' }, 'groups.manage', 'groups.forbidden');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'groups.forbidden', status: 403 });
  });
});
