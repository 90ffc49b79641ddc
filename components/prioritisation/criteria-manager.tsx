'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import type { TAddedCriterion } from '@/lib/contracts/priorities';
import { AddedCriterionMark } from './criteria';

type TCriteriaManagerProps = {
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
export function CriteriaManager({ assessmentId, guideCriteria, added, canManage, onChanged }: TCriteriaManagerProps) {
  const t = useTranslations('prioritisation');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
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
    <details className="grid gap-2">
      <summary className="cursor-pointer text-sm font-medium">
        {t('criteriaSummary', { guide: guideCriteria.length, added: added.length })}
      </summary>
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
      {canManage && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const sent = { name, description };
            void act(sendJson(base, 'POST', sent), () => {
              // What was typed while the request was on its way stays: only what was sent is cleared.
              setName((now) => (now === sent.name ? '' : now));
              setDescription((now) => (now === sent.description ? '' : now));
            });
          }}
        >
          <label className="flex flex-col text-sm">
            {t('criterionName')}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={120}
              className={inputClass}
            />
          </label>
          <label className="flex min-w-64 flex-1 flex-col text-sm">
            {t('criterionDescription')}
            <input
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              maxLength={1000}
              className={inputClass}
            />
          </label>
          <Button type="submit" disabled={busy}>
            {t('addCriterion')}
          </Button>
        </form>
      )}
      <FormError message={error} />
    </details>
  );
}
