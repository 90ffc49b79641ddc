'use client';

import type { ReactNode } from 'react';
import {
  type FieldPath,
  type FieldValues,
  type RegisterOptions,
  type UseFormRegisterReturn,
  type UseFormReturn,
  get,
} from 'react-hook-form';
import { Field } from './field';

/** What a FormField's control spreads: the registration and the accessibility attributes. */
export type TControlProps = UseFormRegisterReturn & {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
};

/** The message a form holds for one field (the schema's or the server's), if any. */
export function fieldMessage<T extends FieldValues>(form: UseFormReturn<T>, name: FieldPath<T>): string | undefined {
  const error: unknown = get(form.formState.errors, name);
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
  return typeof message === 'string' ? message : undefined;
}

/** The accessibility attributes of a control with the id `id`: invalid, and described by its hint and message. */
export function controlAria(id: string, message: string | undefined, hint?: string) {
  const describedBy = [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ');
  return { 'aria-invalid': Boolean(message), 'aria-describedby': describedBy || undefined };
}

type TProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  name: FieldPath<T>;
  id: string;
  label: string;
  hint?: string;
  options?: RegisterOptions<T, FieldPath<T>>;
  children: (control: TControlProps) => ReactNode;
};

/**
 * A labelled control of a schema form: `children` renders the control with the props given
 * (`{(control) => <input {...control} className={inputClass} />}`), and its message shows below
 * it, announced, and tied to it by aria-describedby.
 */
export function FormField<T extends FieldValues>({ form, name, id, label, hint, options, children }: TProps<T>) {
  const message = fieldMessage(form, name);
  const control = { id, ...form.register(name, options), ...controlAria(id, message, hint) };
  return (
    <Field id={id} label={label} hint={hint} errors={message ? [message] : undefined}>
      {children(control)}
    </Field>
  );
}
