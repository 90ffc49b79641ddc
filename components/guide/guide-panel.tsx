'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import { LoadingStatus } from '@/components/ui/loading-status';

// The tabs, their texts and the glossary's search come at the first opening: most visits to an
// area never open the guide, and on a slow link its code is worth keeping for those that do.
const GuideTabs = lazyComponent(() => import('./guide-tabs').then((m) => m.GuideTabs), {
  loading: () => <LoadingStatus className="mb-3 text-sm text-slate-700" />,
});

type TGuidePanelProps = {
  areaId: string;
  /** The version of the guide's texts (GUIDE_VERSION), which their addresses carry. */
  version: string;
};

/**
 * The guide at hand beside an area's checklist: a side panel (not modal, so answering goes on)
 * with the area's own chapter, Annex 2's good practices and the searchable glossary, fetched when
 * it is first opened. Escape or the close button closes it and gives focus back to the button
 * that opened it.
 */
export function GuidePanel({ areaId, version }: TGuidePanelProps) {
  const t = useTranslations('guide');
  const id = useId();
  const [open, setOpen] = useState(false);
  // Mounted at the first opening and kept, so that the chosen tab and the search stay.
  const [opened, setOpened] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    opener.current?.focus();
  }

  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          if (open) return close();
          setOpen(true);
          setOpened(true);
        }}
        className="rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        📖 {t('open')}
      </button>
      <aside
        id={`${id}-panel`}
        aria-label={t('panelLabel')}
        hidden={!open}
        onKeyDown={(e) => e.key === 'Escape' && close()}
        className="fixed inset-y-0 right-0 z-40 w-full overflow-y-auto border-l border-slate-300 bg-white p-4 shadow-xl sm:w-[32rem]"
      >
        <div className="mb-3 flex items-start justify-between gap-2">
          <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold">
            {t('panelLabel')}
          </h2>
          <button type="button" onClick={close} className="rounded-md border border-slate-400 px-2 py-1 text-sm">
            {t('close')}
          </button>
        </div>
        {opened && <GuideTabs id={id} areaId={areaId} version={version} open={open} />}
        <p className="mt-4 border-t border-slate-200 pt-2 text-xs text-slate-600">{t('credit')}</p>
      </aside>
    </>
  );
}
