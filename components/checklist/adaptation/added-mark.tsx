'use client';

import { useTranslations } from 'next-intl';

// Its own file: pages that only mark added questions (priorities, findings) do not load the rest of
// the checklist's adaptation code with it.
/** The mark of a question the administration added, in words (never colour alone). */
export function AddedMark() {
  const t = useTranslations('checklistAdaptation');
  return (
    <span className="ml-2 inline-block rounded border border-amber-700 bg-amber-50 px-1.5 text-xs font-medium text-amber-900">
      {t('addedMark')}
    </span>
  );
}
