'use client';

import { useTranslations } from 'next-intl';
import type { TPlanView } from './use-plan-view';

const VIEWS: readonly TPlanView[] = ['forms', 'table'];

/** Switches the draft between its forms and the table of Annex 9; both edit the same live plan. */
export function PlanViewToggle({ view, onChange }: { view: TPlanView; onChange: (view: TPlanView) => void }) {
  const t = useTranslations('plan');
  return (
    <div
      role="group"
      aria-label={t('viewLabel')}
      className="flex w-fit rounded-md border border-slate-300 print:hidden"
    >
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={view === v}
          onClick={() => onChange(v)}
          className={`px-3 py-1 text-sm font-medium first:rounded-l-md last:rounded-r-md ${
            view === v ? 'bg-brand-700 text-white' : 'bg-white text-slate-800 hover:bg-slate-100'
          }`}
        >
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}
