'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { TKpiSheet } from '@/lib/contracts/plan';
import { criteriaMet, missingMandatoryFields } from '@/lib/domain/plan/kpi-sheet';
import { KpiSheetEditor } from './kpi-sheet-editor';

/** The assessment's KPI sheets, each opening into its editor, and the buttons that make new ones. */
export function KpiSheetList({
  assessmentId,
  sheets,
  canEdit,
}: {
  assessmentId: string;
  sheets: TKpiSheet[];
  canEdit: boolean;
}) {
  const t = useTranslations('plan');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const create = async (template: 'blank' | 'annex11') => {
    const res = await sendJson(`/api/assessments/${assessmentId}/kpis`, 'POST', { template });
    if (!res.ok) return setError(res.error);
    setError(null);
    router.refresh();
  };
  return (
    <div className="grid gap-4">
      <FormError message={error} />
      {canEdit && (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => void create('blank')}>{t('newSheet')}</Button>
          <Button variant="secondary" onClick={() => void create('annex11')}>
            {t('fromExample')}
          </Button>
        </div>
      )}
      {sheets.length === 0 ? <p className="text-sm text-slate-600">{t('noKpiSheets')}</p> : <GuideTranslationNote />}
      <ul className="grid gap-3">
        {sheets.map((s) => {
          const missing = missingMandatoryFields(s).length;
          return (
            <li key={s.id} className="rounded-md border border-slate-200 bg-white p-3">
              <details>
                <summary className="cursor-pointer font-medium">
                  {s.name}{' '}
                  {missing > 0 ? (
                    <span className="text-sm text-amber-800">{t('missingCount', { n: missing })}</span>
                  ) : (
                    <span className="text-sm text-green-800">{t('complete')}</span>
                  )}{' '}
                  <span className="text-sm text-slate-700">· {t('criteriaMet', criteriaMet(s))}</span>
                </summary>
                <div className="mt-3">
                  <KpiSheetEditor assessmentId={assessmentId} sheet={s} canEdit={canEdit} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
