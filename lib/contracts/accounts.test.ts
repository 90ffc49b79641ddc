import { describe, expect, it } from 'vitest';
import { ZProfileUpdateSchema } from './accounts';

describe('ZProfileUpdateSchema', () => {
  it('takes a time zone, a language, or both', () => {
    expect(ZProfileUpdateSchema.parse({ timeZone: 'Europe/Paris' })).toEqual({ timeZone: 'Europe/Paris' });
    expect(ZProfileUpdateSchema.parse({ locale: 'fr' })).toEqual({ locale: 'fr' });
    expect(ZProfileUpdateSchema.parse({ locale: 'es', timeZone: 'UTC' })).toEqual({ locale: 'es', timeZone: 'UTC' });
  });
  it('refuses an unknown language or time zone, and an empty change', () => {
    expect(ZProfileUpdateSchema.safeParse({ locale: 'de' }).success).toBe(false);
    expect(ZProfileUpdateSchema.safeParse({ locale: 'fr', timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(ZProfileUpdateSchema.safeParse({}).success).toBe(false);
  });
});
