'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { lazyComponent } from '@/components/ui/lazy-component';
import { sendJson } from '@/components/ui/api-client';
import type { TAddedCriterion } from '@/lib/contracts/priorities';
import { AddedCriterionMark } from './criteria';

// Only facilitators add criteria: the form's code reaches only their browsers.
const CriterionForm = lazyComponent(() => import('./criterion-form').then((m) => m.CriterionForm));

export type TCriteriaBodyProps = {
  assessmentId: string;
  /** The guide's eight, in the member's language. */
  guideCriteria: { id: string; title: string }[];
  added: TAddedCriterion[];
  canManage: boolean;
  onChanged: () => void;
};

/**
 * The criteria activities are rated on: the guide's eight, which it says the rating is "not
 * necessarily limited to", and those the working group added. Facilitators add criteria, and
 * remove one until a round has put it to the vote.
 */
export function CriteriaBody({ assessmentId, guideCriteria, added, canManage, onChanged }: TCriteriaBodyProps) {
  const t = useTranslations('prioritisation');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/assessments/${assessmentId}/priorities/criteria`;

  const act = async (request: Promise<{ ok: boolean; error?: string }>, done?: () => void) => {
    setBusy(true);
    const res = await request;
    setBusy(false);
    setError(res.ok ? null : (res.error ?? null));
    if (res.ok) {
      done?.();
      onChanged();
    }
  };

  return (
    <>
      <p className="mt-2 text-sm text-slate-700">{t('criteriaIntro')}</p>
      <ol className="list-inside list-decimal text-sm">
        {guideCriteria.map((c) => (
          <li key={c.id}>{c.title}</li>
        ))}
      </ol>
      {added.length > 0 && (
        <ul className="grid gap-1 text-sm" aria-label={t('addedCriteriaList')}>
          {added.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2" data-testid="added-criterion">
              <span className="font-medium">{c.name}</span>
              <AddedCriterionMark />
              {c.description && <span className="text-slate-700">— {c.description}</span>}
              {canManage &&
                (c.used ? (
                  <span className="text-xs text-slate-600">{t('criterionUsed')}</span>
                ) : (
                  <Button
                    variant="secondary"
                    className="px-2 py-1"
                    disabled={busy}
                    onClick={() => void act(sendJson(`${base}/${c.id}`, 'DELETE'))}
                  >
                    {t('removeCriterion', { name: c.name })}
                  </Button>
                ))}
            </li>
          ))}
        </ul>
      )}
      {canManage && <CriterionForm busy={busy} add={(sent, done) => void act(sendJson(base, 'POST', sent), done)} />}
      <FormError message={error} />
    </>
  );
}
