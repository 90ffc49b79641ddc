'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useMemo } from 'react';
import { ConnectionStatus } from '@/components/checklist/connection-status';
import { useFindings } from '@/components/workshop/findings/use-findings';
import { formatDocName } from '@/lib/collab/doc-names';
import { FINDING_KINDS } from '@/lib/collab/findings-layout';
import { useCollabDoc } from '@/lib/collab/use-collab-doc';
import { userColor } from '@/lib/collab/user-color';
import { findingHref } from '@/lib/domain/workshop/findings-rules';
import type { TFindingCommentRecord, TFindingOutcomeRecord, TReportBackState } from '@/lib/contracts/report-back';
import { ReportFinding } from './report-finding';
import { useCitationPreviews } from './use-citation-previews';
import { useHashTarget } from './use-hash-target';

type TGroupReportProps = {
  assessmentId: string;
  groupId: string;
  user: { id: string; name: string };
  state: TReportBackState;
  canDecide: boolean;
  canComment: boolean;
  renderPresentControl?: (path: string) => ReactNode;
  onOutcome: (findingId: string, outcome: TFindingOutcomeRecord | null) => void;
  onComment: (comment: TFindingCommentRecord) => void;
};

/** One group's findings in order, read live from its document, with the plenary's outcomes and comments. */
export function GroupReport({
  assessmentId,
  groupId,
  user: { id, name },
  state,
  canDecide,
  canComment,
  renderPresentControl,
  onOutcome,
  onComment,
}: TGroupReportProps) {
  const t = useTranslations('workshop');
  const user = useMemo(() => ({ id, name, color: userColor(id) }), [id, name]);
  const session = useCollabDoc(formatDocName({ kind: 'group', assessmentId, groupId }), user);
  const { doc } = session;
  const findings = useFindings(doc);
  const all = FINDING_KINDS.flatMap((k) => findings[k]);
  const previews = useCitationPreviews(
    assessmentId,
    all.flatMap((f) => f.citations),
  );
  const target = useHashTarget(findings);

  return (
    <div className="grid gap-6">
      <ConnectionStatus session={session} readOnly />
      {session.synced && all.length === 0 && <p className="text-sm text-slate-600">{t('noFindings')}</p>}
      {FINDING_KINDS.map((kind) => {
        const list = findings[kind];
        if (list.length === 0 || !doc) return null;
        return (
          <section key={kind} aria-labelledby={`report-${kind}-heading`} className="grid gap-2">
            <h3 id={`report-${kind}-heading`} className="text-lg font-semibold">
              {t(`kind.${kind}`)}
            </h3>
            <ol className="grid gap-3">
              {list.map((f, i) => (
                <ReportFinding
                  key={f.id}
                  assessmentId={assessmentId}
                  groupId={groupId}
                  finding={f}
                  position={i}
                  doc={doc}
                  outcome={state.outcomes.find((o) => o.findingId === f.id)}
                  comments={state.comments.filter((c) => c.findingId === f.id)}
                  previews={previews}
                  canDecide={canDecide}
                  canComment={canComment}
                  highlighted={target === f.id}
                  presentControl={renderPresentControl?.(findingHref(assessmentId, groupId, f.id)) ?? null}
                  onOutcome={onOutcome}
                  onComment={onComment}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
