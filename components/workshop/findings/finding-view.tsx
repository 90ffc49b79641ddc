'use client';

import { useMemo } from 'react';
import type * as Y from 'yjs';
import { FragmentView } from '@/components/checklist/fragment-view';
import { findingFragmentName } from '@/lib/collab/findings-layout';

type TFindingViewProps = {
  doc: Y.Doc;
  findingId: string;
  /** Accessible name, e.g. "Text of weakness 2". */
  label: string;
};

/**
 * The rich text of one finding, read live from its fragment where nobody edits it (the
 * report-back): the same text as the finding's editor shows, without loading the editor.
 */
export function FindingView({ doc, findingId, label }: TFindingViewProps) {
  const fragment = useMemo(() => doc.getXmlFragment(findingFragmentName(findingId)), [doc, findingId]);
  return (
    <div className="rounded-md bg-slate-50">
      <FragmentView fragment={fragment} label={label} className="min-h-12 px-3 py-2" />
    </div>
  );
}
