'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { DOCUMENT_VISIBILITIES, type TDocumentVisibility } from '@/lib/domain/library/library-access';
import type { TPerson } from '@/lib/contracts/shared';

/**
 * The restriction of a sensitive document: every member, facilitators and senior management, or
 * named members. Form fields `visibility` and `readerIds`, registered with a schema form when it
 * passes their registrations.
 */
export function VisibilityFields({
  idPrefix,
  members,
  visibility,
  readerIds,
  registered,
}: {
  idPrefix: string;
  members: TPerson[];
  visibility: TDocumentVisibility;
  readerIds: string[];
  registered?: { visibility: UseFormRegisterReturn; readerIds: UseFormRegisterReturn };
}) {
  const t = useTranslations('library');
  const [value, setValue] = useState<TDocumentVisibility>(visibility);
  const label = { members: t('visibleMembers'), leads: t('visibleLeads'), named: t('visibleNamed') };
  return (
    <fieldset className="grid gap-1 text-sm">
      <legend className="font-medium">{t('whoSees')}</legend>
      {DOCUMENT_VISIBILITIES.map((v) => (
        <label key={v} className="flex items-center gap-2">
          <input
            type="radio"
            {...registered?.visibility}
            name="visibility"
            value={v}
            checked={value === v}
            onChange={(e) => {
              setValue(v);
              void registered?.visibility.onChange(e);
            }}
          />{' '}
          {label[v]}
        </label>
      ))}
      {value === 'named' && (
        <div className="ml-6 grid gap-1" role="group" aria-label={t('namedReaders')}>
          {members.map((m) => (
            <label key={m.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                {...registered?.readerIds}
                name="readerIds"
                value={m.id}
                defaultChecked={readerIds.includes(m.id)}
                id={`${idPrefix}-reader-${m.id}`}
              />{' '}
              {m.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
