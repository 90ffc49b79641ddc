'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { sendJson } from '@/components/ui/api-client';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import { AGREED_PRIORITIES } from '@/lib/domain/priorities/priority-levels';
import type { TPrioritisedActivity } from '@/lib/contracts/priorities';

const orNull = (v: unknown) => v || null;

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
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/priorities').then((m) => m.ZAgreedSchema),
    defaultValues: { priority: activity.agreed?.priority ?? null, reason: activity.agreed?.reason ?? '' },
    send: (values) => sendJson(`/api/assessments/${assessmentId}/activities/${activity.id}/agreed`, 'PUT', values),
    onSuccess: onSaved,
  });
  const id = `agreed-${activity.id}`;
  return (
    <form
      {...formProps}
      className="flex flex-wrap items-end gap-2"
      aria-label={t('agreedFormLabel', { title: activity.title })}
    >
      <FormField
        form={form}
        name="priority"
        id={`${id}-p`}
        label={t('agreedPriority')}
        options={{ setValueAs: orNull }}
      >
        {(control) => (
          <select {...control} className={inputClass}>
            <option value="">{t('notDecided')}</option>
            {AGREED_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`agreed.${p}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="min-w-0 flex-1 basis-64">
        <FormField form={form} name="reason" id={`${id}-r`} label={t('reason')}>
          {(control) => <input {...control} maxLength={2000} className={inputClass} />}
        </FormField>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('save')}
      </Button>
      <FormError message={formError} />
    </form>
  );
}
