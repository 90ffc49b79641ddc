// A refusal shown to a member reads in their language: the API's body (its code, and per field
// the codes and their variables) worded from the catalogues, English pages keeping the server's
// own words. Also the sign-in form's refusals, which reach it without their code.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signInErrorText } from '@/components/auth/sign-in-error';
import { errorText, fieldErrorTexts } from '@/components/ui/refusal-text';
import { validationError } from '@/lib/api/errors';
import { errorBody } from '@/lib/api/route';
import { ZCreateAssessmentSchema } from '@/lib/contracts/assessments';
import { DomainError, ERROR_STATUS, type TErrorCode } from '@/lib/domain/shared/errors';
import { LOCALES } from '@/lib/i18n/locales';
import { translatorOf } from '@/lib/i18n/messages';
import fieldEn from '@/lib/i18n/messages/en/field.json';

/** The body a client receives for a thrown error, through JSON as over the wire. */
const wire = (err: DomainError) => JSON.parse(JSON.stringify(errorBody(err))) as Record<string, never>;

const refusedAssessment = () => {
  const parsed = ZCreateAssessmentSchema.safeParse({
    administration: 'Customs',
    country: 'x',
    title: 'A title long enough',
    scope: 'comprehensive',
    mode: 1,
    timeZone: 'Europe/Paris',
  });
  return wire(validationError(parsed.error!));
};

describe('a refused request, shown to a member', () => {
  it('reads in French by its code, and in English as the server worded it', async () => {
    const body = wire(new DomainError('answer_flags.set_forbidden'));
    expect(await errorText(body, 403, 'fr')).toBe('Seuls les facilitateurs marquent des réponses comme sensibles.');
    expect(await errorText(body, 403, 'en')).toBe('Only facilitators mark answers sensitive.');
    const named = wire(new DomainError('groups.name_taken', { name: 'Alpha' }));
    expect(await errorText(named, 409, 'es')).toContain('Alpha');
  });

  it('words a field the domain refused by its code, in French, and keeps the English on English pages', async () => {
    const body = refusedAssessment();
    expect(body).toMatchObject({ code: 'validation.failed', fieldCodes: { country: ['field.country_required'] } });
    expect(await fieldErrorTexts(body, 'fr')).toEqual({ country: ['Indiquez le pays.'] });
    expect(await fieldErrorTexts(body, 'es')).toEqual({ country: ['Indique el país.'] });
    expect(await fieldErrorTexts(body, 'en')).toEqual({ country: ['Name the country.'] });
  });

  it('words zod’s own issues with the limit it gives, by the kind of value', async () => {
    const parsed = z
      .object({ name: z.string().max(3), tags: z.array(z.string()).min(2), age: z.number().positive() })
      .safeParse({ name: 'Alphonse', tags: ['a'], age: 0 });
    const body = wire(validationError(parsed.error!));
    expect(body).toMatchObject({
      fieldCodes: { name: ['field.too_big'], tags: ['field.too_small'], age: ['field.too_small'] },
      fieldParams: { name: [{ kind: 'string', maximum: 3 }], tags: [{ kind: 'array', minimum: 2 }], age: [{}] },
    });
    expect(await fieldErrorTexts(body, 'fr')).toEqual({
      name: ['Utilisez au plus 3 caractères.'],
      tags: ['Indiquez au moins 2 éléments.'],
      age: ['Cette valeur est trop petite.'],
    });
  });

  it('falls back on the English for a field code it has no words for', async () => {
    const body = wire(
      new DomainError('file.refused', undefined, {
        message: 'This PDF is encrypted.',
        fieldErrors: { file: ['This PDF is encrypted.'] },
      }),
    );
    expect(await fieldErrorTexts(body, 'fr')).toEqual({ file: ['This PDF is encrypted.'] });
    expect(
      await fieldErrorTexts({ fieldErrors: { x: ['Odd.'] }, fieldCodes: { x: ['field.from_a_newer_server'] } }, 'fr'),
    ).toEqual({ x: ['Odd.'] });
  });

  it('gives a service’s field refusal the code of its English', async () => {
    const err = new DomainError(
      'groups.name_taken',
      { name: 'Alpha' },
      { fieldErrors: { name: ['Choose another name.'] } },
    );
    expect(err.fieldCodes).toEqual({ name: ['field.group_name_taken'] });
    expect(await fieldErrorTexts(wire(err), 'fr')).toEqual({ name: ['Choisissez un autre nom.'] });
  });
});

describe('the sign-in form’s refusals', () => {
  it('read in the member’s language by the status or English they arrive with', async () => {
    const rate = 'Too many sign-in attempts from here; try again in a minute.';
    expect(await signInErrorText(rate, 'en', 429)).toBe(rate);
    expect(await signInErrorText(rate, 'fr', 429)).toBe(translatorOf('fr', 'error')('auth.too_many_attempts'));
    expect(await signInErrorText('The request body is too large.', 'es', 413)).toBe(
      translatorOf('es', 'error')('request.too_large'),
    );
    const locked = 'Too many failed sign-ins from here. Try again in 15 minutes.';
    expect(await signInErrorText(locked, 'en', 401)).toBe(locked);
    expect(await signInErrorText(locked, 'fr', 401)).toBe(translatorOf('fr', 'error')('auth.locked'));
    expect(await signInErrorText('CredentialsSignin', 'fr', 401)).toBe(
      'L’adresse électronique ou le mot de passe est incorrect.',
    );
    expect(await signInErrorText('OAuthCallback', 'en')).toBe('Sign-in did not work (OAuthCallback). Try again.');
  });
});

describe('catalogues', () => {
  it('word every error code in every language', () => {
    for (const locale of LOCALES)
      for (const code of Object.keys(ERROR_STATUS) as TErrorCode[])
        expect(translatorOf(locale, 'error').has(code)).toBe(true);
  });

  it('name each domain field message once, so its English tells its code', () => {
    const english = Object.values(fieldEn.field);
    expect(new Set(english).size).toBe(english.length);
  });
});

describe('the domain field catalogue', () => {
  it('words only messages some schema or service still writes', async () => {
    const { execFileSync } = await import('node:child_process');
    const source = execFileSync('git', ['grep', '-h', '-F', '-e', "'", '--', 'lib/*.ts', ':!lib/i18n', ':!*.test.ts'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const stale = Object.values(fieldEn.field).filter((english) => !source.includes(`'${english}'`));
    expect(stale).toEqual([]);
  });
});
