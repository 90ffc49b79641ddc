'use client';

import { useMemo } from 'react';
import { ConnectionStatus } from '@/components/checklist/connection-status';
import { YTextField } from '@/components/plan/y-text-field';
import { formatDocName } from '@/lib/collab/doc-names';
import { useCollabDoc } from '@/lib/collab/use-collab-doc';
import { userColor } from '@/lib/collab/user-color';

/** One field of the report's shared document: its text's name there, its label, and its layout. */
type TSharedTextField = { name: string; textName: string; label: string; multiline: boolean; wide: boolean };

type TProps = {
  assessmentId: string;
  user: { id: string; name: string };
  canEdit: boolean;
  fields: TSharedTextField[];
  /** Said while the document loads. */
  loading: string;
};

/**
 * Fields of the report's live document (the terms of reference, the pre-mission report) written
 * together: each is shared text, saved as it is typed.
 */
export function SharedTextFields({ assessmentId, user, canEdit, fields, loading }: TProps) {
  const collabUser = useMemo(() => ({ id: user.id, name: user.name, color: userColor(user.id) }), [user.id, user.name]);
  const session = useCollabDoc(formatDocName({ kind: 'report', assessmentId }), collabUser);
  const { doc } = session;
  return (
    <div>
      <ConnectionStatus session={session} readOnly={!canEdit} />
      {doc ? (
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {fields.map((f) => (
            <div key={f.name} className={f.wide ? 'md:col-span-2' : ''}>
              {/* The field's accessible name is this same text (aria-label), so it is not read twice. */}
              <span aria-hidden="true" className="mb-1 block text-sm font-medium">
                {f.label}
              </span>
              <YTextField
                text={doc.getText(f.textName)}
                label={f.label}
                editable={canEdit}
                multiline={f.multiline}
                name={f.name}
              />
            </div>
          ))}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{loading}</p>
      )}
    </div>
  );
}
