'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { CitationList } from '@/components/workshop/findings/citation-list';
import { FindingView } from '@/components/workshop/findings/finding-view';
import { OutcomeBadge } from '@/components/workshop/findings/outcome-badge';
import type { TFinding } from '@/lib/collab/findings-layout';
import type { TCitationPreview, TFindingCommentRecord, TFindingOutcomeRecord } from '@/lib/contracts/report-back';
import { CommentThread } from './comment-thread';
import { OutcomeControls } from './outcome-controls';

type TReportFindingProps = {
  assessmentId: string;
  groupId: string;
  finding: TFinding;
  position: number;
  /** The group's document, where each finding's text is read live. */
  doc: Y.Doc;
  outcome: TFindingOutcomeRecord | undefined;
  comments: readonly TFindingCommentRecord[];
  previews: Readonly<Record<string, TCitationPreview>>;
  canDecide: boolean;
  canComment: boolean;
  highlighted: boolean;
  /** The live room's "Present" control for this finding, when the page was given one. */
  presentControl: ReactNode;
  onOutcome: (findingId: string, outcome: TFindingOutcomeRecord | null) => void;
  onComment: (comment: TFindingCommentRecord) => void;
};

/** One finding at the report-back: its text read live, its cited answers, its outcome and comments. */
export function ReportFinding(props: TReportFindingProps) {
  const { assessmentId, groupId, finding, doc, outcome, highlighted } = props;
  const t = useTranslations('workshop');
  const name = t('findingName', { kind: t(`one.${finding.kind}`), n: props.position + 1 });
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const headingId = `finding-${finding.id}-heading`;
  return (
    <li
      id={`finding-${finding.id}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-current={highlighted ? 'true' : undefined}
      className={`grid scroll-mt-24 gap-3 rounded-md border bg-white p-3 focus:outline-none ${highlighted ? 'border-brand-600 ring-4 ring-brand-200' : 'border-slate-200'}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">
          <h4 id={headingId} className="font-semibold">
            {name}
          </h4>
          <OutcomeBadge outcome={outcome} />
          {highlighted && <span className="text-xs font-medium text-brand-800">{t('beingPresented')}</span>}
        </div>
        {props.presentControl}
      </div>
      <FindingView doc={doc} findingId={finding.id} label={t('textOf', { name: lower })} />
      <div className="grid gap-1">
        <h5 className="text-sm font-semibold">{t('citedQuestions')}</h5>
        <CitationList assessmentId={assessmentId} keys={finding.citations} previews={props.previews} />
      </div>
      {props.canDecide && (
        <OutcomeControls
          assessmentId={assessmentId}
          groupId={groupId}
          findingId={finding.id}
          name={lower}
          current={outcome?.outcome ?? null}
          onSaved={(o) => props.onOutcome(finding.id, o)}
        />
      )}
      <CommentThread
        assessmentId={assessmentId}
        groupId={groupId}
        findingId={finding.id}
        name={lower}
        comments={props.comments}
        canComment={props.canComment}
        onAdded={props.onComment}
      />
    </li>
  );
}
