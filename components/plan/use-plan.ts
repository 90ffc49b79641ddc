'use client';

import type * as Y from 'yjs';
import { readPlan } from '@/lib/collab/plan-layout';
import { useDocSnapshot } from '@/lib/collab/use-doc-snapshot';
import type { TPlanDraft } from '@/lib/domain/plan/plan-tree';

const EMPTY: TPlanDraft = { outcomes: [], orphans: [] };

/** The live plan draft as a numbered tree, kept current (it carries every field's text, so typing re-renders it). */
export function usePlan(doc: Y.Doc | null): TPlanDraft {
  return useDocSnapshot(doc, readPlan, EMPTY);
}
