'use client';

import { useTranslations } from 'next-intl';

/** A priority criterion as the page shows it: the guide's in the member's language, or one the working group added. */
export type TCriterionOption = { id: string; title: string; description?: string; added?: boolean };

/** Says that a criterion was added by the working group, not taken from the guide's eight. */
export function AddedCriterionMark() {
  const t = useTranslations('prioritisation');
  return (
    <span className="ml-1 inline-block rounded border border-amber-700 bg-amber-50 px-1 text-xs font-medium text-amber-900">
      {t('addedCriterionMark')}
    </span>
  );
}

/** A criterion's title, marked when the working group added it, with its description as a hint. */
export function CriterionTitle({ criterion }: { criterion: TCriterionOption }) {
  return (
    <span title={criterion.description || undefined}>
      {criterion.title}
      {criterion.added && <AddedCriterionMark />}
    </span>
  );
}
