'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useId, useState } from 'react';
import { isCurrentTab } from '@/lib/domain/assessments/nav-tabs';

type TNavTab = { href: string; label: string };
type TNavStage = { id: string; label: string; tabs: TNavTab[] };

/**
 * An assessment's tabs grouped by the guide's stages. The stage of the current page is open; the
 * others are disclosures that show their tabs one stage at a time, so the bar stays one or two
 * rows. On a phone the whole navigation folds into one "Sections" button, so the first screen is
 * the page, not rows of tabs.
 */
export function AssessmentNav({ assessmentId, stages }: { assessmentId: string; stages: TNavStage[] }) {
  const pathname = usePathname();
  const t = useTranslations('assessments');
  const id = useId();
  const base = `/assessments/${assessmentId}`;
  const isCurrent = (tab: TNavTab) => isCurrentTab(pathname, `${base}${tab.href}`, base);
  const currentStage = stages.find((s) => s.tabs.some(isCurrent)) ?? stages[0];
  const currentTab = currentStage?.tabs.find(isCurrent);
  const [open, setOpen] = useState(currentStage?.id);
  const [menuOpen, setMenuOpen] = useState(false);
  // A new page opens its own stage and folds the phone's menu (state adjusted while rendering).
  const [seenPath, setSeenPath] = useState(pathname);
  if (seenPath !== pathname) {
    setSeenPath(pathname);
    setOpen(currentStage?.id);
    setMenuOpen(false);
  }
  return (
    <nav aria-label={t('tabsLabel')} className="mb-4 border-b border-slate-300">
      <button
        type="button"
        className="mb-2 flex w-full items-center justify-between rounded-md border border-slate-300 bg-white px-3 py-2 text-left text-sm sm:hidden"
        aria-expanded={menuOpen}
        aria-controls={`${id}-body`}
        onClick={() => setMenuOpen(!menuOpen)}
      >
        <span>
          <span className="font-semibold">{t('sectionsMenu')}</span>
          {currentTab && <span className="text-slate-700"> · {currentTab.label}</span>}
        </span>
        <span aria-hidden="true">{menuOpen ? '▴' : '▾'}</span>
      </button>
      <div id={`${id}-body`} className={menuOpen ? 'block' : 'hidden sm:block'}>
        <ul className="flex flex-wrap gap-1 text-sm">
          {stages.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                aria-expanded={open === s.id}
                aria-controls={`${id}-${s.id}`}
                onClick={() => setOpen(s.id)}
                className={`rounded-md px-2.5 py-1 ${open === s.id ? 'bg-brand-100 font-semibold text-brand-900' : 'text-slate-700 hover:bg-slate-100'}`}
              >
                {s.label}
                {s.id === currentStage?.id && open !== s.id && (
                  <span aria-hidden="true" className="ml-1 text-brand-600">
                    •
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
        {stages.map((s) => (
          <ul
            key={s.id}
            id={`${id}-${s.id}`}
            aria-label={s.label}
            hidden={open !== s.id}
            className="flex flex-wrap gap-1"
          >
            {s.tabs.map((tab) => {
              const current = isCurrent(tab);
              return (
                <li key={tab.href}>
                  <Link
                    href={`${base}${tab.href}`}
                    aria-current={current ? 'page' : undefined}
                    className={`block border-b-4 px-3 py-2 text-sm ${current ? 'border-brand-600 font-semibold text-brand-900' : 'border-transparent text-slate-700 hover:text-brand-700'}`}
                  >
                    {tab.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        ))}
      </div>
    </nav>
  );
}
