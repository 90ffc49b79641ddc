'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import type { TSchemaForm } from '@/components/ui/use-schema-form';
import { BACKGROUND_DOCUMENT_KINDS } from '@/lib/idg/background-documents';
import type { TDocumentVisibility } from '@/lib/domain/library/library-access';
import type { TNewDocumentMeta } from '@/lib/contracts/library';
import type { TPerson } from '@/lib/contracts/shared';
import { VisibilityFields } from './visibility-fields';

/** What the member enters for a new document, a file or a link (each form shows its own control). */
export type TNewDocumentValues = {
  file: FileList | null;
  url: string;
  title: string;
  category: string;
  visibility: TDocumentVisibility;
  /** Checkboxes of one name: an array, or one value (false when unchecked) when there is a single member. */
  readerIds: string[] | string | false;
};

export const EMPTY_DOCUMENT: TNewDocumentValues = {
  file: null,
  url: '',
  title: '',
  category: '',
  visibility: 'members',
  readerIds: [],
};

/** The classification and restriction the values give, as both requests carry them. */
export function metaOf(values: TNewDocumentValues): Omit<TNewDocumentMeta, 'title'> {
  return {
    // The select offers only the guide's kinds, and the schema checks what comes anyway.
    category: values.category as TNewDocumentMeta['category'],
    visibility: values.visibility,
    readerIds: [values.readerIds].flat().filter((id): id is string => typeof id === 'string' && id !== ''),
  };
}

type TProps = {
  schemaForm: TSchemaForm<TNewDocumentValues>;
  /** The file's or the link's control. */
  source: ReactNode;
  titleRequired: boolean;
  canRestrict: boolean;
  members: TPerson[];
};

/** The form around a new document's file or link: its title, kind and (for facilitators) restriction. */
export function NewDocumentFields({ schemaForm, source, titleRequired, canRestrict, members }: TProps) {
  const t = useTranslations('library');
  const { form, formProps, formError, pending } = schemaForm;
  return (
    <form {...formProps} className="grid max-w-2xl grid-cols-1 gap-3" aria-busy={pending}>
      <FormError message={formError} />
      {source}
      <FormField form={form} name="title" id="doc-title" label={t('docTitle')}>
        {(control) => <input {...control} required={titleRequired} maxLength={200} className={inputClass} />}
      </FormField>
      <FormField form={form} name="category" id="doc-category" label={t('kind')}>
        {(control) => (
          <select {...control} required className={inputClass}>
            <option value="" disabled>
              {t('chooseKind')}
            </option>
            {BACKGROUND_DOCUMENT_KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {canRestrict && (
        <VisibilityFields
          idPrefix="new-doc"
          members={members}
          visibility={form.getValues('visibility')}
          readerIds={metaOf(form.getValues()).readerIds}
          registered={{ visibility: form.register('visibility'), readerIds: form.register('readerIds') }}
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('adding') : t('addButton')}
        </Button>
      </div>
    </form>
  );
}
