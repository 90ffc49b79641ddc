'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { TSurvey, TSurveyResponse } from '@/lib/contracts/surveys';

/** The assessment's surveys with status and answers; facilitators start new ones from a template. */
export function SurveyList({
  assessmentId,
  surveys,
  canManage,
}: {
  assessmentId: string;
  surveys: TSurvey[];
  canManage: boolean;
}) {
  const t = useTranslations('surveys');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async (template: 'staff' | 'clients' | 'blank') => {
    setBusy(true);
    const res = await sendJson<TSurveyResponse>(`/api/assessments/${assessmentId}/surveys`, 'POST', { template });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    router.push(`/assessments/${assessmentId}/surveys/${res.data.survey.id}`);
  };
  const status = { draft: t('statusDraft'), open: t('statusOpen'), closed: t('statusClosed') };
  return (
    <div className="grid gap-4">
      <FormError message={error} />
      {canManage && (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('newSurvey')} aria-busy={busy}>
          <Button onClick={() => void create('staff')} disabled={busy}>
            {t('newStaff')}
          </Button>
          <Button variant="secondary" onClick={() => void create('clients')} disabled={busy}>
            {t('newClients')}
          </Button>
          <Button variant="secondary" onClick={() => void create('blank')} disabled={busy}>
            {t('newBlank')}
          </Button>
        </div>
      )}
      {surveys.length === 0 ? (
        <p className="text-sm text-slate-700">{canManage ? t('emptyManager') : t('empty')}</p>
      ) : (
        <ul className="grid gap-2">
          {surveys.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3"
            >
              <Link
                href={`/assessments/${assessmentId}/surveys/${s.id}`}
                className="font-medium text-brand-700 underline"
              >
                {s.title}
              </Link>
              <span className="text-sm text-slate-700">
                {status[s.status]} · {t('answers', { n: s.answers })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
