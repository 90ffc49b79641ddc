'use client';

import { useTranslations } from 'next-intl';

/** "12 of 31 answered" with a bar; the numbers are the signal, the bar only repeats them. */
export function ProgressMeter({ label, answered, total }: { label: string; answered: number; total: number }) {
  const t = useTranslations('checklist');
  return (
    <div className="flex items-center gap-2 text-sm text-slate-700">
      <progress value={answered} max={Math.max(total, 1)} aria-label={label} className="h-2 w-32 accent-brand-600" />
      <span>{t('areaAnswered', { answered, total })}</span>
    </div>
  );
}
