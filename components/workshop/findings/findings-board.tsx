'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { ConnectionStatus } from '@/components/checklist/connection-status';
import { usePresence, useQuestionAnnouncer } from '@/components/checklist/presence';
import { useUnsavedChangesWarning } from '@/components/checklist/use-unsaved-warning';
import { Button } from '@/components/ui/button';
import { formatDocName } from '@/lib/collab/doc-names';
import {
  FINDING_KINDS,
  type TFinding,
  type TFindingKind,
  addCitation,
  addFinding,
  deleteFinding,
  newFindingId,
  removeCitation,
  setFindingOrder,
} from '@/lib/collab/findings-layout';
import { useCollabDoc } from '@/lib/collab/use-collab-doc';
import { userColor } from '@/lib/collab/user-color';
import { orderForMove } from '@/lib/domain/workshop/findings-order';
import { FindingItem } from './finding-item';
import type { TCitableArea, TOutcomesByFinding } from './types';
import { useFindings } from './use-findings';

type TFindingsBoardProps = {
  assessmentId: string;
  groupId: string;
  user: { id: string; name: string };
  /** Whether this member writes the findings (the sync server decides again and drops a reader's updates). */
  canEdit: boolean;
  areas: readonly TCitableArea[];
  outcomes: TOutcomesByFinding;
};

/** A group's findings, written together live: strengths, weaknesses, risks and proposed activities. */
export function FindingsBoard({
  assessmentId,
  groupId,
  user: { id, name },
  canEdit,
  areas,
  outcomes,
}: TFindingsBoardProps) {
  const t = useTranslations('workshop');
  const user = useMemo(() => ({ id, name, color: userColor(id) }), [id, name]);
  const session = useCollabDoc(formatDocName({ kind: 'group', assessmentId, groupId }), user);
  const { doc, provider } = session;
  const awareness = provider?.awareness ?? null;
  const findings = useFindings(doc);
  // The checklist's presence carries "what I am on" in its `questionKey` field; here it is a finding id.
  const presence = usePresence(awareness, id);
  const announce = useQuestionAnnouncer(awareness);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const editable = canEdit && session.status !== 'closed';
  useUnsavedChangesWarning(session.unsynced > 0);

  const onFocusChange = useCallback(
    (findingId: string, focused: boolean) => announce(focused ? findingId : null),
    [announce],
  );
  const add = (kind: TFindingKind) => {
    if (!doc) return;
    const findingId = newFindingId();
    addFinding(doc, kind, findingId, { id, name });
    setJustAdded(findingId);
  };
  const move = (finding: TFinding, to: number) => {
    if (!doc) return;
    const list = findings[finding.kind];
    setFindingOrder(
      doc,
      finding,
      orderForMove(
        list.map((f) => f.order),
        list.indexOf(finding),
        to,
      ),
    );
  };
  const remove = (finding: TFinding) => doc && deleteFinding(doc, finding, id);
  const cite = (finding: TFinding, key: string, cited: boolean) => {
    if (!doc) return;
    if (cited && !areas.some((a) => a.questions.some((q) => q.key === key))) return;
    if (cited) addCitation(doc, finding.id, key);
    else removeCitation(doc, finding.id, key);
  };
  const binding = doc && awareness ? { doc, awareness, user } : null;

  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="z-10 grid grid-cols-1 gap-2 border-b border-slate-200 bg-slate-50 sm:sticky sm:top-[var(--live-strip-height,0px)] py-2">
        <ConnectionStatus session={session} readOnly={!canEdit} />
        {!canEdit && <p className="text-sm font-medium text-slate-700">{t('findingsReadOnly')}</p>}
      </div>
      {FINDING_KINDS.map((kind) => {
        const list = findings[kind];
        const headingId = `kind-${kind}-heading`;
        return (
          <section key={kind} aria-labelledby={headingId} className="grid grid-cols-1 gap-2">
            <h3 id={headingId} className="text-lg font-semibold">
              {t('kindCount', { kind: t(`kind.${kind}`), n: list.length })}
            </h3>
            {list.length === 0 && <p className="text-sm text-slate-600">{t('noneYetFindings')}</p>}
            {binding && list.length > 0 && (
              <ol className="grid grid-cols-1 gap-3">
                {list.map((f, i) => (
                  <FindingItem
                    key={f.id}
                    assessmentId={assessmentId}
                    finding={f}
                    position={i}
                    count={list.length}
                    binding={binding}
                    editable={editable}
                    others={presence.get(f.id) ?? []}
                    outcome={outcomes[f.id]}
                    areas={areas}
                    autoFocus={f.id === justAdded}
                    onFocusChange={onFocusChange}
                    onMove={move}
                    onDelete={remove}
                    onCite={cite}
                  />
                ))}
              </ol>
            )}
            {editable && (
              <div>
                <Button variant="secondary" onClick={() => add(kind)} disabled={!doc || !session.synced}>
                  {t(`add.${kind}`)}
                </Button>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
