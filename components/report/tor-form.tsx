'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { ConnectionStatus } from '@/components/checklist/connection-status';
import { YTextField } from '@/components/plan/y-text-field';
import { formatDocName } from '@/lib/collab/doc-names';
import { TOR_FIELDS, torTextName } from '@/lib/collab/report-layout';
import { useCollabDoc } from '@/lib/collab/use-collab-doc';
import { userColor } from '@/lib/collab/user-color';

type TProps = { assessmentId: string; user: { id: string; name: string }; canEdit: boolean };

/** The Annex 5 terms of reference as a form written together: each field is shared text, saved as it is typed. */
export function TorForm({ assessmentId, user, canEdit }: TProps) {
  const t = useTranslations('report');
  const collabUser = useMemo(() => ({ id: user.id, name: user.name, color: userColor(user.id) }), [user.id, user.name]);
  const session = useCollabDoc(formatDocName({ kind: 'report', assessmentId }), collabUser);
  const { doc } = session;
  return (
    <div>
      <ConnectionStatus session={session} readOnly={!canEdit} />
      {doc ? (
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {TOR_FIELDS.map((f) => (
            <div key={f.key} className={f.multiline ? 'md:col-span-2' : ''}>
              {/* The field's accessible name is this same text (aria-label), so it is not read twice. */}
              <span aria-hidden="true" className="mb-1 block text-sm font-medium">
                {f.label}
              </span>
              <YTextField
                text={doc.getText(torTextName(f.key))}
                label={f.label}
                editable={canEdit}
                multiline={f.multiline}
                name={`tor-${f.key}`}
              />
            </div>
          ))}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('loadingTor')}</p>
      )}
    </div>
  );
}
