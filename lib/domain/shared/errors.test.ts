import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validationError } from '../../api/errors';
import error from '../../i18n/messages/en/error.json';
import { DomainError, ERROR_STATUS, englishMessage, isErrorCode } from './errors';

describe('error codes', () => {
  it('each have an HTTP status and an English message, and nothing else', () => {
    const codes = Object.entries(error).flatMap(([group, messages]) =>
      typeof messages === 'string' ? [group] : Object.keys(messages).map((k) => `${group}.${k}`),
    );
    expect(codes.sort()).toEqual(Object.keys(ERROR_STATUS).sort());
    for (const status of Object.values(ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
  });

  it('are recognised, and unknown strings are not', () => {
    expect(isErrorCode('assessment.not_found')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });
});

describe('DomainError', () => {
  it('takes its status from the table and its English from the catalogue, with the variables filled', () => {
    const err = new DomainError('groups.name_taken', { name: 'Alpha' });
    expect(err).toMatchObject({
      status: 409,
      code: 'groups.name_taken',
      params: { name: 'Alpha' },
      message: 'There is already a group named “Alpha”.',
    });
    expect(new DomainError('assessment.not_found').status).toBe(404);
    expect(englishMessage('measurements.import_failed', { n: 1 })).toBe('Nothing was imported: one row is not right.');
    expect(englishMessage('measurements.import_failed', { n: 3 })).toBe('Nothing was imported: 3 rows are not right.');
  });

  it('keeps a message its thrower words, and gives each field the error’s code unless told otherwise', () => {
    const err = new DomainError('file.refused', undefined, {
      message: 'This PDF is encrypted.',
      fieldErrors: { file: ['This PDF is encrypted.'] },
    });
    expect(err.message).toBe('This PDF is encrypted.');
    expect(err.fieldCodes).toEqual({ file: ['file.refused'] });
    expect(new DomainError('not_found').fieldCodes).toBeUndefined();
  });

  it('maps a zod failure to validation.failed with messages and codes per field', () => {
    const parsed = z.object({ name: z.string().min(2), age: z.number() }).safeParse({ name: 'x', age: 'old' });
    const err = validationError(parsed.error!);
    expect(err).toMatchObject({ status: 400, code: 'validation.failed', message: 'Some fields are not valid.' });
    expect(err.fieldErrors?.name).toHaveLength(1);
    expect(err.fieldCodes).toEqual({ name: ['field.too_small'], age: ['field.invalid_type'] });
  });
});
