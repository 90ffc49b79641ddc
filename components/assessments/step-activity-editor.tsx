'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { activityStatusLabel } from '@/lib/i18n/domain-labels';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import type { TStepActivityView } from './step-activity-row';

const STATUSES: readonly TStepActivityView['status'][] = ['to-do', 'in-progress', 'done', 'not-applicable'];

type TProps = {
  assessmentId: string;
  activity: TStepActivityView;
  members: { id: string; name: string }[];
  /** With what was saved; the row shows it from then on. */
  onSaved: (saved: TStepActivityView) => void;
  /** Nothing changes: the row keeps what it showed before. */
  onCancel: () => void;
};

/** A facilitator's form for one Annex 4 activity's tracking: status, due date, owner and notes. */
export function StepActivityEditor({ assessmentId, activity, members, onSaved, onCancel }: TProps) {
  const t = useTranslations('assessments');
  const tc = useTranslations('common');
  const td = useTranslations('domain');
  const [draft, setDraft] = useState(activity);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const res = await sendJson(`/api/assessments/${assessmentId}/steps/${activity.code}`, 'PATCH', {
      status: draft.status,
      dueDate: draft.dueDate || null,
      ownerId: draft.ownerId || null,
      notes: draft.notes,
    });
    if (!res.ok) return setError(res.error);
    setError(null);
    onSaved(draft);
  }

  return (
    <div className="mt-2 grid gap-2 md:grid-cols-3">
      <label className="flex flex-col text-xs">
        {t('status')}
        <select
          className={inputClass}
          value={draft.status}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as TStepActivityView['status'] })}
        >
          {STATUSES.map((v) => (
            <option key={v} value={v}>
              {activityStatusLabel(td, v)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs">
        {t('dueDate')}
        <input
          type="date"
          className={inputClass}
          value={draft.dueDate ?? ''}
          onChange={(e) => setDraft({ ...draft, dueDate: e.target.value || null })}
        />
      </label>
      <label className="flex flex-col text-xs">
        {t('ownerLabel')}
        <select
          className={inputClass}
          value={draft.ownerId ?? ''}
          onChange={(e) => setDraft({ ...draft, ownerId: e.target.value || null })}
        >
          <option value="">{t('nobodyYet')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs md:col-span-3">
        {t('notes')}
        <textarea
          className={inputClass}
          rows={2}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
        />
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-700 md:col-span-3">
          {error}
        </p>
      )}
      <div className="flex gap-2 md:col-span-3">
        <Button onClick={() => void save()}>{tc('save')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {tc('cancel')}
        </Button>
      </div>
    </div>
  );
}
