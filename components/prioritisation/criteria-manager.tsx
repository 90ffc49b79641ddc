'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import { LoadingStatus } from '@/components/ui/loading-status';
import type { TCriteriaBodyProps } from './criteria-body';

// The list stays folded on most visits: what it shows, and the facilitators' controls, load when
// it is opened.
const CriteriaBody = lazyComponent(() => import('./criteria-body').then((m) => m.CriteriaBody), {
  loading: () => <LoadingStatus className="mt-2 text-sm text-slate-700" />,
});

/** The rating criteria, folded under how many there are: the guide's and the working group's own. */
export function CriteriaManager(props: TCriteriaBodyProps) {
  const t = useTranslations('prioritisation');
  const [open, setOpen] = useState(false);
  return (
    <details className="grid gap-2" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium">
        {t('criteriaSummary', { guide: props.guideCriteria.length, added: props.added.length })}
      </summary>
      {open && <CriteriaBody {...props} />}
    </details>
  );
}
