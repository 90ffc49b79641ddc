import type { ReactNode } from 'react';

type TFieldProps = { id: string; label: string; errors?: string[]; hint?: string; children: ReactNode };

/** A labelled form control with its hint and errors tied to it for screen readers. */
export function Field({ id, label, errors, hint, children }: TFieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="text-sm text-red-700" role="alert">
          <span aria-hidden="true">⚠ </span>
          {e}
        </p>
      ))}
    </div>
  );
}

/** Shared classes for text inputs and selects. */
export const inputClass =
  'rounded-md border border-slate-400 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700';
