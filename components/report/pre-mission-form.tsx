'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { ConnectionStatus } from '@/components/checklist/connection-status';
import { YTextField } from '@/components/plan/y-text-field';
import { formatDocName } from '@/lib/collab/doc-names';
import { PRE_MISSION_SECTIONS, preMissionTextName } from '@/lib/collab/report-layout';
import { useCollabDoc } from '@/lib/collab/use-collab-doc';
import { userColor } from '@/lib/collab/user-color';

type TProps = { assessmentId: string; user: { id: string; name: string }; canEdit: boolean };

/** The pre-mission report, written together by the facilitators: each section is shared text, saved as typed. */
export function PreMissionForm({ assessmentId, user, canEdit }: TProps) {
  const t = useTranslations('governance');
  const collabUser = useMemo(() => ({ id: user.id, name: user.name, color: userColor(user.id) }), [user.id, user.name]);
  const session = useCollabDoc(formatDocName({ kind: 'report', assessmentId }), collabUser);
  const { doc } = session;
  return (
    <div>
      <ConnectionStatus session={session} readOnly={!canEdit} />
      {doc ? (
        <div className="mt-3 grid gap-3">
          {PRE_MISSION_SECTIONS.map((key) => (
            <div key={key}>
              {/* The field's accessible name is this same text (aria-label), so it is not read twice. */}
              <span aria-hidden="true" className="mb-1 block text-sm font-medium">
                {t(`preMissionSection.${key}`)}
              </span>
              <YTextField
                text={doc.getText(preMissionTextName(key))}
                label={t(`preMissionSection.${key}`)}
                editable={canEdit}
                multiline
                name={`pre-mission-${key}`}
              />
            </div>
          ))}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t('loadingPreMission')}</p>
      )}
    </div>
  );
}
