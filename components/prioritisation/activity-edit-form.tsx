'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { TCandidateActivity } from '@/lib/contracts/priorities';

/** A facilitator's edit of a candidate activity's title and description. */
export function ActivityEditForm({
  a,
  onSave,
  onCancel,
}: {
  a: TCandidateActivity;
  onSave: (p: { title: string; description: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('prioritisation');
  const [title, setTitle] = useState(a.title);
  const [description, setDescription] = useState(a.description);
  return (
    <form
      className="grid gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ title, description });
      }}
    >
      <label className="flex flex-col text-sm">
        {t('title')}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          className={inputClass}
        />
      </label>
      <label className="flex flex-col text-sm">
        {t('description')}
        <textarea
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={4000}
          className={inputClass}
        />
      </label>
      <div className="flex gap-2">
        <Button type="submit">{t('save')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
