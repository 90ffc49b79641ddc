import type { ComponentProps } from 'react';

type TVariant = 'primary' | 'secondary' | 'danger';
const VARIANTS: Record<TVariant, string> = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400',
  secondary: 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-400',
  danger: 'border border-red-700 bg-white text-red-800 hover:bg-red-50',
};

/** A button in one of the app's three styles (a `ref` reaches the `<button>`). */
export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ComponentProps<'button'> & { variant?: TVariant }) {
  return (
    <button
      type="button"
      {...props}
      className={`rounded-md px-4 py-2 text-sm font-medium ${VARIANTS[variant]} ${className}`}
    />
  );
}
