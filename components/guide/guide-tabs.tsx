'use client';

import { useTranslations } from 'next-intl';
import { type KeyboardEvent, useRef, useState } from 'react';
import type { TGuideText } from '@/lib/contracts/guide';
import { GlossarySearch } from './glossary-search';
import { useGuideTexts } from './guide-texts';

type TTab = 'chapter' | 'practices' | 'glossary';
const TABS: readonly TTab[] = ['chapter', 'practices', 'glossary'];

type TGuideTabsProps = {
  /** The panel's id, which the tabs' ids extend. */
  id: string;
  areaId: string;
  version: string;
  /** Whether the panel is open now: the texts are read at the first opening. */
  open: boolean;
};

/** The guide panel's tabs: the area's chapter, Annex 2's good practices and the searchable glossary. */
export function GuideTabs({ id, areaId, version, open }: TGuideTabsProps) {
  const t = useTranslations('guide');
  // Read when the panel is first opened, then kept; a failed read is tried again on the next opening.
  const texts = useGuideTexts(areaId, version, open);
  const [tab, setTab] = useState<TTab>('chapter');
  const tabRefs = useRef<Record<TTab, HTMLButtonElement | null>>({ chapter: null, practices: null, glossary: null });

  // Arrow keys move between tabs, as in the ARIA tabs pattern (activation follows focus).
  function onTabKey(e: KeyboardEvent<HTMLButtonElement>) {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + delta + TABS.length) % TABS.length]!;
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  const loaded = texts !== null && typeof texts === 'object' ? texts : null;
  const chapter = loaded?.area.chapter;
  const related = loaded?.area.related ?? [];
  const practices = loaded?.area.practices;
  const labels: Record<TTab, string> = {
    chapter: t('tabChapter'),
    practices: t('tabPractices'),
    glossary: t('tabGlossary'),
  };
  return (
    <>
      <div role="tablist" aria-label={t('panelLabel')} className="mb-3 flex gap-1 border-b border-slate-300">
        {TABS.map((k) => (
          <button
            key={k}
            ref={(el) => {
              tabRefs.current[k] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`${id}-tabpanel-${k}`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
            onKeyDown={onTabKey}
            className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${tab === k ? 'border-brand-700 font-semibold text-brand-800' : 'border-transparent text-slate-700'}`}
          >
            {labels[k]}
          </button>
        ))}
      </div>
      {(texts === 'loading' || texts === 'failed') && (
        <p role="status" className="mb-3 text-sm text-slate-700">
          {texts === 'loading' ? t('loading') : t('loadFailed')}
        </p>
      )}
      <div
        role="tabpanel"
        id={`${id}-tabpanel-chapter`}
        aria-labelledby={`${id}-tab-chapter`}
        hidden={tab !== 'chapter'}
        lang="en"
      >
        {chapter && (
          <>
            <h3 className="mb-2 font-semibold">
              {t('chapterOf', { reference: chapter.reference, title: chapter.title })}
            </h3>
            <ChapterBlocks chapter={chapter} />
            {related.map((r) => (
              <section key={r.reference} className="mt-4 border-t border-slate-200 pt-3">
                <h3 className="mb-2 font-semibold">{t('chapterOf', { reference: r.reference, title: r.title })}</h3>
                <ChapterBlocks chapter={r} />
              </section>
            ))}
          </>
        )}
      </div>
      <div
        role="tabpanel"
        id={`${id}-tabpanel-practices`}
        aria-labelledby={`${id}-tab-practices`}
        hidden={tab !== 'practices'}
        lang="en"
      >
        {practices && (
          <>
            <h3 className="mb-2 font-semibold">{t('practicesOf', { reference: practices.reference })}</h3>
            <ul className="grid gap-3 text-sm">
              {practices.practices.map((p, i) => (
                <li key={i}>
                  {p.topic && p.topic !== practices.practices[i - 1]?.topic && (
                    <p className="mb-1 font-semibold">{p.topic}</p>
                  )}
                  <p>{p.text}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div
        role="tabpanel"
        id={`${id}-tabpanel-glossary`}
        aria-labelledby={`${id}-tab-glossary`}
        hidden={tab !== 'glossary'}
      >
        <h3 className="mb-2 font-semibold">{t('glossaryHeading')}</h3>
        {loaded && (
          <div lang="en">
            <GlossarySearch entries={loaded.glossary} />
          </div>
        )}
      </div>
    </>
  );
}

function ChapterBlocks({ chapter }: { chapter: TGuideText }) {
  return (
    <div className="grid gap-2 text-sm">
      {chapter.blocks.map((b, i) =>
        b.kind === 'heading' ? (
          <h4 key={i} className="mt-2 font-semibold">
            {b.text}
          </h4>
        ) : b.kind === 'item' ? (
          <p key={i} className="pl-4 before:mr-2 before:content-['•']">
            {b.text}
          </p>
        ) : (
          <p key={i}>{b.text}</p>
        ),
      )}
    </div>
  );
}
