'use client';

import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { TCollabUser } from '@/lib/collab/collab-session';
import type { TKpiSheet } from '@/lib/contracts/plan';
import type { TAgreedActivity } from '@/lib/contracts/plan';

/** What every row of the live plan needs: the document, who may write, who is where. */
export type TPlanContext = {
  assessmentId: string;
  doc: Y.Doc;
  user: { id: string; name: string };
  editable: boolean;
  presence: ReadonlyMap<string, readonly TCollabUser[]>;
  /** Tells the others which row the local user is on (null: none). */
  announce: (rowId: string | null) => void;
  members: readonly { id: string; name: string }[];
  kpis: readonly Pick<TKpiSheet, 'id' | 'name'>[];
  candidates: ReadonlyMap<string, TAgreedActivity>;
  /** The row this user just added: its title takes the focus, so keyboard users type straight in. */
  justAdded: string | null;
  /** Adds a row to the document and remembers it as just added. */
  addRow: (kind: 'outcome' | 'objective' | 'activity', parentId: string | null) => void;
};

export const PlanContext = createContext<TPlanContext | null>(null);

/** The plan context; only rows rendered inside the board call it. */
export function usePlanContext(): TPlanContext {
  const ctx = useContext(PlanContext);
  if (!ctx) throw new Error('usePlanContext outside the plan board');
  return ctx;
}
