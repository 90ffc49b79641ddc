'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

type TActivityAdderProps = {
  /** Gathers the groups' proposed activities as candidates. */
  gather: () => void;
  /** Adds a candidate of this title; `done` runs once it is added. */
  add: (title: string, done: () => void) => void;
};

/** A facilitator's controls over the candidates: gather the groups' proposals, or add one. */
export function ActivityAdder({ gather, add }: TActivityAdderProps) {
  const t = useTranslations('prioritisation');
  const [title, setTitle] = useState('');
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Button variant="secondary" onClick={gather}>
        {t('gather')}
      </Button>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          add(title, () => setTitle(''));
        }}
      >
        <label className="flex flex-col text-sm">
          {t('newActivity')}
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            maxLength={200}
            className={inputClass}
          />
        </label>
        <Button type="submit">{t('add')}</Button>
      </form>
    </div>
  );
}
