'use client';

import { childRows, deletePlanRow, movePlanRow, type TPlanRowKind } from '@/lib/collab/plan-layout';
import { orderForMove } from '@/lib/domain/workshop/findings-order';
import { usePlanContext } from './plan-context';

/** Move, re-parent and delete for one row, written to the live document. */
export function useRowActions(rowId: string, kind: TPlanRowKind, parentId: string | null) {
  const { doc, user, announce } = usePlanContext();
  return {
    move: (to: number) => {
      const siblings = childRows(doc, parentId, kind);
      const from = siblings.findIndex((r) => r.id === rowId);
      movePlanRow(
        doc,
        rowId,
        orderForMove(
          siblings.map((r) => r.order),
          from,
          to,
        ),
      );
    },
    reparent: (newParent: string) => {
      // The row goes to the end of its new parent's children.
      const last = childRows(doc, newParent, kind).at(-1);
      movePlanRow(doc, rowId, (last?.order ?? 0) + 1, newParent);
    },
    remove: () => deletePlanRow(doc, rowId, user.id),
    // Focus anywhere in the row tells the others which row I am on.
    focusProps: { onFocus: () => announce(rowId), onBlur: () => announce(null) },
  };
}
