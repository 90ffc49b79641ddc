'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { ConnectionStatus } from '@/components/checklist/connection-status';
import { formatDocName } from '@/lib/collab/doc-names';
import { REPORT_SECTIONS } from '@/lib/collab/report-layout';
import { useCollabDoc } from '@/lib/collab/use-collab-doc';
import { userColor } from '@/lib/collab/user-color';
import { SectionEditor } from './section-editor';

type TProps = { assessmentId: string; user: { id: string; name: string }; canEdit: boolean };

/** The report's narrative sections, live: facilitators write, everyone else reads as they type. */
export function ReportNarrative({ assessmentId, user, canEdit }: TProps) {
  const t = useTranslations('report');
  const collabUser = useMemo(() => ({ id: user.id, name: user.name, color: userColor(user.id) }), [user.id, user.name]);
  const session = useCollabDoc(formatDocName({ kind: 'report', assessmentId }), collabUser);
  const { doc, provider } = session;
  return (
    <div>
      <ConnectionStatus session={session} readOnly={!canEdit} />
      {doc && provider ? (
        REPORT_SECTIONS.map((s) => (
          <SectionEditor
            key={s.id}
            doc={doc}
            awareness={provider.awareness}
            user={collabUser}
            sectionId={s.id}
            title={s.title}
            editable={canEdit}
          />
        ))
      ) : (
        <p className="text-sm text-slate-600">{t('loadingReport')}</p>
      )}
    </div>
  );
}
