'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TAddedQuestionResponse } from '@/lib/contracts/checklist';
import { useChecklistAdaptation } from './adaptation-context';

/**
 * Facilitators add their own question to the area; it appears marked as added, for everyone, on
 * refresh. Loaded through ./add-question.tsx, for those who may adapt the checklist.
 */
export function AddQuestionForm({ areaId }: { areaId: string }) {
  const { assessmentId } = useChecklistAdaptation();
  const t = useTranslations('checklistAdaptation');
  const router = useRouter();
  const id = useId();
  const [done, setDone] = useState<string | null>(null);
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/checklist').then((m) => m.ZAddQuestionSchema),
    defaultValues: { areaId, text: '' },
    send: (values) => {
      setDone(null);
      return sendJson<TAddedQuestionResponse>(`/api/assessments/${assessmentId}/checklist/questions`, 'POST', values);
    },
    onSuccess: (data) => {
      form.reset();
      setDone(t('added', { label: `A${data.question.number}` }));
      router.refresh();
    },
  });
  return (
    <form
      {...formProps}
      className="mb-6 grid gap-2 rounded-lg border border-dashed border-slate-400 bg-white p-3"
      aria-labelledby={`${id}-h`}
    >
      <h3 id={`${id}-h`} className="font-semibold">
        {t('addHeading')}
      </h3>
      <FormField form={form} name="text" id={`${id}-text`} label={t('addLabel')} hint={t('addHint')}>
        {(control) => <textarea {...control} className={inputClass} rows={2} />}
      </FormField>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('adding') : t('addSubmit')}
        </Button>
      </div>
      <FormError message={formError} />
      <p role="status" className="text-sm text-green-800">
        {done}
      </p>
    </form>
  );
}
