'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { PLAN_COMMUNICATION_TEXT } from '@/lib/collab/plan-layout';
import { usePlanContext } from './plan-context';
import { YTextField } from './y-text-field';

/**
 * The plan's communication strategy, one shared text the group writes together like the rows,
 * under what the guide says such a strategy covers (rendered on the server, passed in).
 */
export function CommunicationStrategy({ guide }: { guide: ReactNode }) {
  const t = useTranslations('plan');
  const { doc, editable } = usePlanContext();
  return (
    <section aria-labelledby="communication-h" className="grid gap-2 rounded-md border border-slate-300 p-3">
      <h3 id="communication-h" className="font-semibold">
        {t('communicationHeading')}
      </h3>
      <p className="text-sm text-slate-700">{t('communicationIntro')}</p>
      {guide}
      <YTextField
        text={doc.getText(PLAN_COMMUNICATION_TEXT)}
        label={t('communicationHeading')}
        editable={editable}
        multiline
        rows={8}
        name="communication"
      />
    </section>
  );
}
