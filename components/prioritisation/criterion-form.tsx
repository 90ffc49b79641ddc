'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

type TCriterionFormProps = {
  busy: boolean;
  /** Sends the criterion; `done` runs once it is added. */
  add: (criterion: { name: string; description: string }, done: () => void) => void;
};

/** A facilitator's form adding a rating criterion of the working group's own. */
export function CriterionForm({ busy, add }: TCriterionFormProps) {
  const t = useTranslations('prioritisation');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const sent = { name, description };
        add(sent, () => {
          // What was typed while the request was on its way stays: only what was sent is cleared.
          setName((now) => (now === sent.name ? '' : now));
          setDescription((now) => (now === sent.description ? '' : now));
        });
      }}
    >
      <label className="flex flex-col text-sm">
        {t('criterionName')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} className={inputClass} />
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
  );
}
