'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { PresenceAvatars } from '@/components/checklist/presence-avatars';
import type { TCollabUser } from '@/lib/collab/collab-session';
import type { TFinding } from '@/lib/collab/findings-layout';
import type { TFindingOutcomeRecord } from '@/lib/contracts/report-back';
import { CitationList } from './citation-list';
import { CitationPicker } from './citation-picker';
import { FindingEditor } from './finding-editor';
import { OutcomeBadge } from './outcome-badge';
import type { TCitableArea } from './types';

type TFindingItemProps = {
  assessmentId: string;
  finding: TFinding;
  position: number;
  count: number;
  binding: { doc: Y.Doc; awareness: Awareness; user: TCollabUser };
  editable: boolean;
  others: readonly TCollabUser[];
  outcome: TFindingOutcomeRecord | undefined;
  areas: readonly TCitableArea[];
  autoFocus: boolean;
  onFocusChange: (findingId: string, focused: boolean) => void;
  onMove: (finding: TFinding, to: number) => void;
  onDelete: (finding: TFinding) => void;
  onCite: (finding: TFinding, key: string, cited: boolean) => void;
};

const smallButton =
  'rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-100 disabled:text-slate-400';

/** One finding on its group's page: its text, who is editing it, its citations, its controls. */
export function FindingItem(props: TFindingItemProps) {
  const { assessmentId, finding, position, count, binding, editable, others, outcome, areas, autoFocus } = props;
  const t = useTranslations('workshop');
  const [confirming, setConfirming] = useState(false);
  const name = t('findingName', { kind: t(`one.${finding.kind}`), n: position + 1 });
  // The name inside a sentence ("Text of weakness 2"); German-style capitals would keep theirs.
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const headingId = `finding-${finding.id}-heading`;
  return (
    <li
      id={`finding-${finding.id}`}
      aria-labelledby={headingId}
      className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 bg-white p-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">
          <h4 id={headingId} className="font-semibold">
            {name}
          </h4>
          <OutcomeBadge outcome={outcome} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {others.length > 0 && <span className="sr-only">{t('editingNow')}</span>}
          <PresenceAvatars users={others} />
          {editable && (
            <>
              <button
                type="button"
                className={smallButton}
                disabled={position === 0}
                onClick={() => props.onMove(finding, position - 1)}
                aria-label={t('moveUp', { name })}
              >
                {t('up')}
              </button>
              <button
                type="button"
                className={smallButton}
                disabled={position === count - 1}
                onClick={() => props.onMove(finding, position + 1)}
                aria-label={t('moveDown', { name })}
              >
                {t('down')}
              </button>
              {confirming ? (
                <>
                  <button
                    type="button"
                    className={`${smallButton} border-red-700 text-red-800`}
                    onClick={() => props.onDelete(finding)}
                    autoFocus
                  >
                    {t('deleteNamed', { name: lower })}
                  </button>
                  <button type="button" className={smallButton} onClick={() => setConfirming(false)}>
                    {t('keep')}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className={smallButton}
                  onClick={() => setConfirming(true)}
                  aria-label={t('deleteNamed', { name })}
                >
                  {t('delete')}
                </button>
              )}
            </>
          )}
        </div>
      </div>
      <FindingEditor
        doc={binding.doc}
        awareness={binding.awareness}
        user={binding.user}
        findingId={finding.id}
        label={t('textOf', { name: lower })}
        editable={editable}
        autoFocus={autoFocus}
        onFocusChange={(focused) => props.onFocusChange(finding.id, focused)}
      />
      <div className="grid grid-cols-1 gap-2">
        <h5 className="text-sm font-semibold">{t('citedQuestions')}</h5>
        <CitationList
          assessmentId={assessmentId}
          keys={finding.citations}
          areas={areas}
          onRemove={editable ? (key) => props.onCite(finding, key, false) : undefined}
        />
        {editable && (
          <CitationPicker
            areas={areas}
            cited={finding.citations}
            context={lower}
            onAdd={(key) => props.onCite(finding, key, true)}
          />
        )}
      </div>
    </li>
  );
}
