'use client';

import { useTranslations } from 'next-intl';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import type { TChecklistArea } from '@/lib/idg/checklist';
import { areaName } from '@/lib/i18n/guide-words';

/** An area's title and, for key factors, the Revised Arusha Declaration's statement, as the guide sets them out. */
export function AreaHeading({ area }: { area: TChecklistArea }) {
  const t = useTranslations('checklist');
  const tg = useTranslations('guideWords');
  return (
    <>
      <h2 id="area-title" className="mb-2 text-xl font-semibold">
        {areaName(tg, area)}
      </h2>
      <GuideTranslationNote className="mb-2 text-xs text-slate-600" />
      {area.declarationStatement && (
        <blockquote className="mb-6 border-l-4 border-brand-600 bg-white p-3 text-sm italic text-slate-800">
          <p className="mb-1 text-xs font-semibold not-italic uppercase tracking-wide text-slate-600">
            {t('declaration')}
          </p>
          {area.declarationStatement}
        </blockquote>
      )}
    </>
  );
}
