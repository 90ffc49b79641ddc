import type { FieldErrors } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { validationError } from '@/lib/api/errors';
import { errorBody } from '@/lib/api/route';
import { ZCreateAssessmentSchema } from '@/lib/contracts/assessments';
import { ZCsvImportSchema } from '@/lib/contracts/monitoring';
import { ZChosenFileSchema } from '@/lib/contracts/shared';
import { DomainError } from '@/lib/domain/shared/errors';
import { formDataOf, sendJson } from './api-client';
import { flatErrors, onFormPaths, placeErrors } from './place-errors';
import { schemaResolver } from './schema-resolver';

/** The page's language, as pageLocale reads it from `<html lang>`. */
function pageIn(lang: string) {
  vi.stubGlobal('document', { documentElement: { lang } });
}

/** The API answering `err` as lib/api/route.ts does. */
function refusing(err: DomainError) {
  vi.stubGlobal('fetch', () => Promise.resolve(Response.json(errorBody(err), { status: err.status })));
}

/** What react-hook-form tells a resolver when the whole form is submitted (no native validation). */
const wholeForm = { fields: {}, shouldUseNativeValidation: false };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('placeErrors', () => {
  it('puts each path a field shows on that field and keeps the rest for the form', () => {
    const placed = placeErrors(
      {
        title: ['Too short.', 'Not unique.'],
        'weights.0': ['Too big.'],
        assessmentId: ['Unknown.'],
        _: ['Dates cross.'],
      },
      (path) => path === 'title' || path === 'weights.0',
    );
    expect(placed).toEqual({
      onFields: [
        ['title', 'Too short. Not unique.'],
        ['weights.0', 'Too big.'],
      ],
      elsewhere: ['Unknown.', 'Dates cross.'],
    });
  });

  it('reads react-hook-form’s nested errors back as paths', () => {
    const errors = {
      title: { type: 'schema', message: 'Too short.' },
      weights: { 0: { type: 'schema', message: 'Too big.' } },
    } as unknown as FieldErrors;
    expect(flatErrors(errors)).toEqual({ title: ['Too short.'], 'weights.0': ['Too big.'] });
  });
});

describe('a refusal from the server', () => {
  it('arrives per field path, worded by code in the page’s language, and lands on the fields', async () => {
    pageIn('fr');
    const parsed = ZCreateAssessmentSchema.safeParse({
      administration: 'Douanes',
      country: 'X',
      title: 'Évaluation 2027',
      scope: 'targeted',
      areas: [],
      mode: 2,
      timeZone: 'UTC',
    });
    refusing(validationError(parsed.error!));
    const res = await sendJson('/api/assessments', 'POST', {});
    if (res.ok) throw new Error('expected a refusal');
    expect(res.error).toBe('Certains champs ne sont pas valides.');
    const placed = placeErrors(res.fieldErrors, (path) => path === 'country');
    expect(placed.onFields).toEqual([['country', 'Indiquez le pays.']]);
    // `areas` is a group of checkboxes this form does not show as a named control: the form says it.
    expect(placed.elsewhere).toHaveLength(1);
  });

  it('keeps a zod limit and the service’s own field messages with their codes', async () => {
    pageIn('es');
    const parsed = z.object({ name: z.string().min(3) }).safeParse({ name: 'a' });
    refusing(validationError(parsed.error!));
    const res = await sendJson('/api/x', 'POST', {});
    expect(res.ok || res.fieldErrors).toEqual({ name: ['Use al menos 3 caracteres.'] });

    pageIn('en');
    refusing(
      new DomainError('file.refused', undefined, { message: 'Encrypted.', fieldErrors: { file: ['Encrypted.'] } }),
    );
    const file = await sendJson('/api/x', 'POST', {});
    expect(file.ok || [file.error, file.fieldErrors]).toEqual(['Encrypted.', { file: ['Encrypted.'] }]);
  });
});

describe('schemaResolver', () => {
  const schema = z.object({
    title: z.string().trim().min(3),
    country: z.string().min(2, 'Name the country.'),
    weights: z.array(z.number().max(5)),
  });

  it('words the schema’s own issues as the server would, nested as react-hook-form keeps them', async () => {
    pageIn('fr');
    const resolve = schemaResolver(() => Promise.resolve(schema));
    const result = await resolve({ title: 'ab', country: '', weights: [1, 9] }, undefined, wholeForm);
    expect(result.values).toEqual({});
    expect(result.errors).toMatchObject({
      title: { type: 'schema', message: 'Utilisez au moins 3 caractères.' },
      country: { type: 'schema', message: 'Indiquez le pays.' },
      weights: [undefined, { type: 'schema', message: 'Indiquez un nombre inférieur ou égal à 5.' }],
    });
  });

  it('passes valid values on as typed, for the server to parse again', async () => {
    const resolve = schemaResolver(() => Promise.resolve(schema));
    const values = { title: '  Review  ', country: 'FR', weights: [] };
    expect(await resolve(values, undefined, wholeForm)).toEqual({ values, errors: {} });
  });

  it('leaves the check to the server when the schema cannot be loaded', async () => {
    const resolve = schemaResolver<z.input<typeof schema>>(() => Promise.reject(new Error('offline')));
    const values = { title: '', country: '', weights: [] };
    expect(await resolve(values, undefined, wholeForm)).toEqual({ values, errors: {} });
  });
});

describe('a form whose values are not the request', () => {
  // A date and a time in the member's zone, sent as one instant; the schema checks the instant.
  const schema = z.object({
    title: z.string().trim().min(1, 'Give the session a title.'),
    startsAt: z.iso.datetime({ offset: true, error: 'Choose a date and a time.' }),
  });
  type TForm = { title: string; date: string; time: string };
  const toRequest = ({ title, date, time }: TForm) => ({
    title,
    startsAt: date && time ? `${date}T${time}:00Z` : '',
  });
  const fieldOf = (path: string) => (path === 'startsAt' ? 'date' : path);
  const resolve = schemaResolver<z.input<typeof schema>, TForm>(() => Promise.resolve(schema), { toRequest, fieldOf });

  it('checks the request built from the values, and puts its messages on the fields that show them', async () => {
    pageIn('en');
    const res = await resolve({ title: '', date: '2030-03-12', time: '' }, undefined, wholeForm);
    expect(res.errors).toMatchObject({
      title: { type: 'schema', message: 'Give the session a title.' },
      date: { type: 'schema', message: 'Choose a date and a time.' },
    });
    expect(res.errors).not.toHaveProperty('startsAt');
  });

  it('passes the values, not the request, to the form when they are valid', async () => {
    const values = { title: 'Plenary', date: '2030-03-12', time: '14:00' };
    expect(await resolve(values, undefined, wholeForm)).toEqual({ values, errors: {} });
  });

  it('moves the server’s messages to the same fields, joining those that land on one', () => {
    expect(
      onFormPaths(
        { startsAt: ['Choose a date and a time.'], 'agenda.0.title': ['Name the agenda item.'], date: ['Too late.'] },
        fieldOf,
      ),
    ).toEqual({ date: ['Choose a date and a time.', 'Too late.'], 'agenda.0.title': ['Name the agenda item.'] });
  });
});

describe('a form that sends a file', () => {
  // An upload's schema as a route parses the multipart form's entries: the file and the fields beside it.
  const schema = z.object({ file: ZChosenFileSchema, language: z.string().min(2).optional() });
  type TForm = { file: File[] | null; language: string };
  // A file input's FileList, read as its first file; absent when none is chosen.
  const toRequest = ({ file, language }: TForm) => ({ file: file?.[0] as File, language: language || undefined });
  const resolve = schemaResolver<z.input<typeof schema>, TForm>(() => Promise.resolve(schema), { toRequest });

  it('says on the file’s field, in the page’s language, that none is chosen', async () => {
    pageIn('fr');
    const res = await resolve({ file: null, language: 'x' }, undefined, wholeForm);
    expect(res.errors).toMatchObject({
      file: { type: 'schema', message: 'Choisissez un fichier.' },
      language: { type: 'schema', message: 'Utilisez au moins 2 caractères.' },
    });
  });

  it('passes a chosen file on', async () => {
    const values = { file: [new File(['{}'], 't.json')], language: '' };
    expect(await resolve(values, undefined, wholeForm)).toEqual({ values, errors: {} });
  });

  it('sends the request as the multipart form the route reads', () => {
    const file = new File(['%PDF'], 'plan.pdf');
    const form = formDataOf({ file, title: 'Plan', readerIds: ['a', 'b'], visibility: undefined, pages: 3 });
    expect(form.get('file')).toBeInstanceOf(File);
    expect((form.get('file') as File).name).toBe('plan.pdf');
    expect(form.get('title')).toBe('Plan');
    expect(form.getAll('readerIds')).toEqual(['a', 'b']);
    expect(form.has('visibility')).toBe(false);
    expect(form.get('pages')).toBe('3');
  });

  it('checks a request built from the file’s text, waiting for it, with its messages on the file', async () => {
    pageIn('en');
    const csvResolve = schemaResolver<z.input<typeof ZCsvImportSchema>, { file: File[] | null }>(
      () => Promise.resolve(ZCsvImportSchema),
      { toRequest: async ({ file }) => ({ csv: (await file?.[0]?.text()) as string }), fieldOf: () => 'file' },
    );
    expect((await csvResolve({ file: null }, undefined, wholeForm)).errors).toMatchObject({
      file: { message: 'Choose a file.' },
    });
    // The schema's limit, worded by zod's code as the server's refusal of it is.
    const large = { file: [new File(['x'.repeat(1_000_001)], 'm.csv')] };
    expect((await csvResolve(large, undefined, wholeForm)).errors).toMatchObject({
      file: { message: 'Use at most 1,000,000 characters.' },
    });
    const small = { file: [new File(['kpi,period,value\n'], 'm.csv')] };
    expect(await csvResolve(small, undefined, wholeForm)).toEqual({ values: small, errors: {} });
  });
});
