'use client';

import { useTranslations } from 'next-intl';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import type { TChecklistArea } from '@/lib/idg/checklist';
import { areaName, withOfficialTitles } from '@/lib/i18n/guide-words';

/**
 * An area's title and, for key factors, the Revised Arusha Declaration's statement, as the guide sets
 * them out; the title is the assessment's official one (`officialTitles`, guideWords keys) when it has one.
 */
export function AreaHeading({
  area,
  officialTitles,
}: {
  area: TChecklistArea;
  officialTitles: Readonly<Record<string, string>>;
}) {
  const t = useTranslations('checklist');
  const tg = withOfficialTitles(useTranslations('guideWords'), officialTitles);
  return (
    <>
      <h2 id="area-title" className="mb-2 text-xl font-semibold">
        {areaName(tg, area)}
      </h2>
      <GuideTranslationNote className="mb-2 text-xs text-slate-600" official={`area.${area.id}` in officialTitles} />
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
