'use client';

import type * as Y from 'yjs';
import { type TFinding, type TFindingKind, readFindings } from '@/lib/collab/findings-layout';
import { useDocSnapshot } from '@/lib/collab/use-doc-snapshot';

/** The live findings of a group document by kind; the same object until a finding or citation changes. */
export type TFindingsSnapshot = Readonly<Record<TFindingKind, readonly TFinding[]>>;

const EMPTY: TFindingsSnapshot = { strengths: [], weaknesses: [], risks: [], activities: [] };

/** Every live finding of the group's document, kept current. */
export function useFindings(doc: Y.Doc | null): TFindingsSnapshot {
  return useDocSnapshot<TFindingsSnapshot>(doc, readFindings, EMPTY);
}
