'use client';

import { type FormEvent, useState } from 'react';
import {
  type DefaultValues,
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import type { TApiResult } from './api-client';
import { flatErrors, onFormPaths, placeErrors } from './place-errors';
import { type TRequestOf, type TSchemaLoader, requestMapping, schemaResolver } from './schema-resolver';

// The form's values are the schema's input unless `toRequest` says otherwise (its parameter names
// them): NoInfer keeps the other options from guessing them.
type TOptions<T extends FieldValues, R, Q> = TRequestOf<T, Q> & {
  /** The route's request schema, loaded on first use: `() => import('@/lib/contracts/x').then((m) => m.ZSchema)`. */
  schema: TSchemaLoader<z.ZodType<unknown, Q>>;
  defaultValues: DefaultValues<NoInfer<T>>;
  /** Sends the checked request (sendJson and its kin: they never throw). */
  send: (request: Q, values: NoInfer<T>) => Promise<TApiResult<R>>;
  /** Awaited: the form stays pending meanwhile (a sign-in before moving on). */
  onSuccess?: (data: R, values: NoInfer<T>) => void | Promise<void>;
};

/** A request form: react-hook-form over the route's request schema, with the server's refusals placed on it. */
export type TSchemaForm<T extends FieldValues> = {
  form: UseFormReturn<T>;
  /** Spread on the `<form>`: submits through the schema, and starts loading it on the first focus inside. */
  formProps: { noValidate: true; onSubmit: (e: FormEvent<HTMLFormElement>) => void; onFocus: () => void };
  /** The refusal and any message no field of the form shows, for a FormError above the fields. */
  formError: string | null;
  pending: boolean;
};

// Bundle: zod costs about 31 kB compressed, and the contracts bring what their rules need (the
// guide's area ids). The schema is imported dynamically and fetched when the member first focuses
// a field, so no page's first load carries zod for its forms; a form that was never touched
// loads it at its submit, before sending.

/**
 * A form that checks its values with the request schema its route parses, words each field's
 * message by code in the member's language, sends, and on a refusal puts each field message under
 * the field of that name (the first one focused) and the rest in the form-level alert.
 */
export function useSchemaForm<Q extends FieldValues, R, T extends FieldValues = Q>({
  schema,
  defaultValues,
  send,
  onSuccess,
  ...request
}: TOptions<T, R, Q>): TSchemaForm<T> {
  const { toRequest, fieldOf } = requestMapping(request);
  const [{ load, resolver }] = useState(() => {
    let loading: Promise<z.ZodType<unknown, Q>> | null = null;
    const load = () =>
      (loading ??= schema().catch((err: unknown) => {
        loading = null;
        throw err;
      }));
    return { load, resolver: schemaResolver<Q, T>(load, { toRequest, fieldOf }) };
  });
  const form = useForm<T>({ defaultValues, resolver });
  const [formError, setFormError] = useState<string | null>(null);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    // A path is shown on a field when the form has a control of that name (FormField renders its message).
    const formEl = e.currentTarget;
    const isShown = (path: string) => formEl.elements.namedItem(path) !== null;
    const onValid = async (values: T) => {
      const res = await send(await toRequest(values), values);
      if (res.ok) {
        setFormError(null);
        await onSuccess?.(res.data, values);
        return;
      }
      const { onFields, elsewhere } = placeErrors(onFormPaths(res.fieldErrors, fieldOf), isShown);
      onFields.forEach(([path, message], i) =>
        form.setError(path as FieldPath<T>, { type: 'server', message }, { shouldFocus: i === 0 }),
      );
      setFormError([res.error, ...elsewhere].join(' '));
    };
    const onInvalid = (errors: FieldErrors<T>) => {
      const { elsewhere } = placeErrors(flatErrors(errors), isShown);
      setFormError(elsewhere.length > 0 ? elsewhere.join(' ') : null);
    };
    void form.handleSubmit(onValid, onInvalid)(e);
  }

  return {
    form,
    formProps: { noValidate: true, onSubmit, onFocus: () => void load().catch(() => undefined) },
    formError,
    pending: form.formState.isSubmitting,
  };
}
