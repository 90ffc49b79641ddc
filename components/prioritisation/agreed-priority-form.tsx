'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import { AGREED_PRIORITIES, type TAgreedPriority } from '@/lib/domain/priorities/priority-levels';
import type { TPrioritisedActivity } from '@/lib/contracts/priorities';

/** The facilitator records the priority the group agreed for one activity, with the reason. */
export function AgreedPriorityForm({
  assessmentId,
  activity,
  onSaved,
}: {
  assessmentId: string;
  activity: TPrioritisedActivity;
  onSaved: () => void;
}) {
  const t = useTranslations('prioritisation');
  const [priority, setPriority] = useState<TAgreedPriority | ''>(activity.agreed?.priority ?? '');
  const [reason, setReason] = useState(activity.agreed?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `agreed-${activity.id}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={t('agreedFormLabel', { title: activity.title })}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void sendJson(`/api/assessments/${assessmentId}/activities/${activity.id}/agreed`, 'PUT', {
          priority: priority || null,
          reason,
        }).then((res) => {
          setBusy(false);
          setError(res.ok ? null : (Object.values(res.fieldErrors)[0]?.[0] ?? res.error));
          if (res.ok) onSaved();
        });
      }}
    >
      <div className="flex flex-col text-sm">
        <label htmlFor={`${id}-p`}>{t('agreedPriority')}</label>
        <select
          id={`${id}-p`}
          value={priority}
          onChange={(e) => setPriority(e.target.value as TAgreedPriority | '')}
          className={inputClass}
        >
          <option value="">{t('notDecided')}</option>
          {AGREED_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`agreed.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-0 flex-1 basis-64 flex-col text-sm">
        <label htmlFor={`${id}-r`}>{t('reason')}</label>
        <input
          id={`${id}-r`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
          className={inputClass}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {t('save')}
      </Button>
      <FormError message={error} />
    </form>
  );
}
