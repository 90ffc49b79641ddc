'use client';

import { useTranslations } from 'next-intl';

/** "Loading…", announced politely: what a part loaded with lazyComponent shows until its code arrives. */
export function LoadingStatus({ className = 'mt-2 text-slate-700' }: { className?: string }) {
  return (
    <p role="status" className={className}>
      {useTranslations('common')('loading')}
    </p>
  );
}
