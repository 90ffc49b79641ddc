'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { lazyComponent } from '@/components/ui/lazy-component';
import { sendJson, type TApiResult } from '@/components/ui/api-client';
import { questionRef } from '@/lib/i18n/question-ref';
import type { TCandidateActivity, TGatherResponse } from '@/lib/contracts/priorities';

// Only facilitators gather, add and edit candidates: that code reaches only their browsers.
const ActivityAdder = lazyComponent(() => import('./activity-adder').then((m) => m.ActivityAdder));
const ActivityEditForm = lazyComponent(() => import('./activity-edit-form').then((m) => m.ActivityEditForm));

type TActivityManagerProps = {
  assessmentId: string;
  activities: TCandidateActivity[];
  canManage: boolean;
  reload: () => void;
};

/**
 * The candidate activities: gathered from the groups' proposed activities or added; facilitators
 * edit, merge and withdraw them.
 */
export function ActivityManager({ assessmentId, activities, canManage, reload }: TActivityManagerProps) {
  const t = useTranslations('prioritisation');
  const ta = useTranslations('checklistAdaptation');
  const td = useTranslations('domain');
  const tw = useTranslations('guideWords');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const base = `/api/assessments/${assessmentId}/activities`;
  const act = async <T,>(p: Promise<TApiResult<T>>, done?: (data: T) => void) => {
    const res = await p;
    setError(res.ok ? null : (Object.values(res.fieldErrors)[0]?.[0] ?? res.error));
    if (res.ok) {
      done?.(res.data);
      reload();
    }
  };
  const active = activities.filter((a) => a.status === 'active');
  const inactive = activities.filter((a) => a.status !== 'active');
  return (
    <div className="grid gap-3">
      {canManage && (
        <ActivityAdder
          gather={() =>
            void act(sendJson<TGatherResponse>(`${base}/gather`, 'POST'), (d) =>
              setNote(t('gathered', { added: d.added, skipped: d.skipped })),
            )
          }
          add={(title, done) => void act(sendJson(base, 'POST', { title }), done)}
        />
      )}
      <p role="status" className="text-sm text-slate-700">
        {note}
      </p>
      <FormError message={error} />
      {active.length === 0 && (
        <p className="text-sm text-slate-700">{t(canManage ? 'noCandidatesManage' : 'noCandidates')}</p>
      )}
      <ul className="grid gap-2" aria-label={t('candidatesList')}>
        {active.map((a) => (
          <li key={a.id} className="grid gap-1 rounded border border-slate-300 p-2">
            {editing === a.id ? (
              <ActivityEditForm
                a={a}
                onCancel={() => setEditing(null)}
                onSave={(patch) => void act(sendJson(`${base}/${a.id}`, 'PATCH', patch), () => setEditing(null))}
              />
            ) : (
              <div className="flex flex-wrap items-center gap-2">
                {canManage && (
                  <input
                    type="checkbox"
                    aria-label={t('tickDuplicate', { title: a.title })}
                    checked={ticked.includes(a.id)}
                    onChange={() => setTicked((t) => (t.includes(a.id) ? t.filter((x) => x !== a.id) : [...t, a.id]))}
                  />
                )}
                <span className="min-w-0 flex-1 font-medium break-words">{a.title}</span>
                <span className="text-xs text-slate-600">
                  {a.sources
                    .map((s) =>
                      s.added
                        ? `${questionRef(td, tw, s.questionKey, s.label)} (${ta('addedMark')})`
                        : questionRef(td, tw, s.questionKey),
                    )
                    .join(', ')}
                </span>
                {canManage && (
                  <>
                    <Button variant="secondary" className="px-2 py-1" onClick={() => setEditing(a.id)}>
                      {t('edit')}
                    </Button>
                    {ticked.some((t) => t !== a.id) && (
                      <Button
                        variant="secondary"
                        className="px-2 py-1"
                        onClick={() =>
                          void act(
                            sendJson(`${base}/${a.id}/merge`, 'POST', {
                              duplicateIds: ticked.filter((t) => t !== a.id),
                            }),
                            () => setTicked([]),
                          )
                        }
                      >
                        {t('mergeInto')}
                      </Button>
                    )}
                    <Button
                      variant="danger"
                      className="px-2 py-1"
                      onClick={() => void act(sendJson(`${base}/${a.id}`, 'PATCH', { status: 'withdrawn' }))}
                    >
                      {t('withdraw')}
                    </Button>
                  </>
                )}
              </div>
            )}
            {a.description && editing !== a.id && (
              <p className="whitespace-pre-line text-sm text-slate-700">{a.description}</p>
            )}
          </li>
        ))}
      </ul>
      {inactive.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm">{t('inactive', { n: inactive.length })}</summary>
          <ul className="mt-1 grid gap-1 text-sm">
            {inactive.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-2">
                <span>
                  {a.title} —{' '}
                  {a.status === 'merged'
                    ? (() => {
                        const into = activities.find((x) => x.id === a.mergedInto);
                        return into ? t('mergedInto', { title: into.title }) : t('mergedIntoAnother');
                      })()
                    : t('withdrawn')}
                </span>
                {canManage && a.status === 'withdrawn' && (
                  <Button
                    variant="secondary"
                    className="px-2 py-1"
                    onClick={() => void act(sendJson(`${base}/${a.id}`, 'PATCH', { status: 'active' }))}
                  >
                    {t('restore')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
