'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';
import { inputClass } from '../../ui/field';
import { FormError } from '../../ui/form-error';
import { FormField } from '../../ui/form-field';
import { useSchemaForm } from '../../ui/use-schema-form';

/** Creates a breakout group by name; members and areas are given to it afterwards. */
export function CreateGroupForm({ assessmentId, suggestedName }: { assessmentId: string; suggestedName: string }) {
  const t = useTranslations('workshop');
  const router = useRouter();
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/workshop').then((m) => m.ZCreateGroupSchema),
    defaultValues: { name: suggestedName },
    send: (values) => sendJson(`/api/assessments/${assessmentId}/groups`, 'POST', values),
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });

  // Each refresh after a creation suggests the next free name, unless the facilitator typed one.
  useEffect(() => {
    if (!form.getFieldState('name').isDirty) form.reset({ name: suggestedName });
  }, [form, suggestedName]);

  return (
    <form
      {...formProps}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="create-group-heading"
    >
      <h3 id="create-group-heading" className="font-semibold">
        {t('createGroup')}
      </h3>
      <FormError message={formError} />
      <div className="flex flex-wrap items-end gap-3">
        <FormField form={form} name="name" id="create-group-name" label={t('groupName')}>
          {(control) => <input {...control} required maxLength={80} className={inputClass} />}
        </FormField>
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('createGroupButton')}
        </Button>
      </div>
    </form>
  );
}
