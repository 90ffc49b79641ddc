'use client';

import { useTranslations } from 'next-intl';
import { TOR_FIELDS, torTextName } from '@/lib/collab/report-layout';
import { SharedTextFields } from './shared-text-fields';

type TProps = { assessmentId: string; user: { id: string; name: string }; canEdit: boolean };

/** The Annex 5 terms of reference as a form written together: each field is shared text, saved as it is typed. */
export function TorForm(props: TProps) {
  const t = useTranslations('report');
  const fields = TOR_FIELDS.map((f) => ({
    name: `tor-${f.key}`,
    textName: torTextName(f.key),
    label: f.label,
    multiline: f.multiline,
    wide: f.multiline,
  }));
  return <SharedTextFields {...props} fields={fields} loading={t('loadingTor')} />;
}
