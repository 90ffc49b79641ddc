'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';
import { Field, inputClass } from '../../ui/field';
import { FormError } from '../../ui/form-error';

/** Creates a breakout group by name; members and areas are given to it afterwards. */
export function CreateGroupForm({ assessmentId, suggestedName }: { assessmentId: string; suggestedName: string }) {
  const t = useTranslations('workshop');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    setPending(true);
    const res = await sendJson(`/api/assessments/${assessmentId}/groups`, 'POST', {
      name: new FormData(formEl).get('name'),
    });
    setPending(false);
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    formEl.reset();
    router.refresh();
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
      aria-labelledby="create-group-heading"
    >
      <h3 id="create-group-heading" className="font-semibold">
        {t('createGroup')}
      </h3>
      <FormError message={error} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id="create-group-name" label={t('groupName')} errors={fieldErrors.name}>
          <input
            id="create-group-name"
            name="name"
            required
            maxLength={80}
            defaultValue={suggestedName}
            className={inputClass}
            aria-invalid={Boolean(fieldErrors.name)}
          />
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('createGroupButton')}
        </Button>
      </div>
    </form>
  );
}
