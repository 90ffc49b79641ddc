'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { PresenceAvatars } from '@/components/checklist/presence-avatars';
import type { TCollabUser } from '@/lib/collab/collab-session';

const small =
  'rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:bg-slate-100 disabled:text-slate-400';

type TRowControlsProps = {
  /** e.g. "objective 1.2". */
  name: string;
  position: number;
  count: number;
  editable: boolean;
  others: readonly TCollabUser[];
  onMove: (to: number) => void;
  onDelete: () => void;
  /** Other parents the row may move under, with the current one first. */
  parents?: { id: string; label: string }[];
  parentId?: string;
  onReparent?: (parentId: string) => void;
};

/** Who else is on a row, and its keyboard controls: up, down, move under another parent, delete. */
export function RowControls({
  name,
  position,
  count,
  editable,
  others,
  onMove,
  onDelete,
  parents,
  parentId,
  onReparent,
}: TRowControlsProps) {
  const t = useTranslations('plan');
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {others.length > 0 && <span className="sr-only">{t('editingNow')}</span>}
      <PresenceAvatars users={others} />
      {editable && (
        <>
          <button
            type="button"
            className={small}
            disabled={position === 0}
            onClick={() => onMove(position - 1)}
            aria-label={t('moveUp', { name })}
          >
            {t('up')}
          </button>
          <button
            type="button"
            className={small}
            disabled={position === count - 1}
            onClick={() => onMove(position + 1)}
            aria-label={t('moveDown', { name })}
          >
            {t('down')}
          </button>
          {parents && parents.length > 1 && onReparent && (
            <select
              aria-label={t('moveTo', { name })}
              className="rounded border border-slate-300 px-1 py-1 text-xs"
              value={parentId}
              onChange={(e) => onReparent(e.target.value)}
            >
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('under', { parent: p.label })}
                </option>
              ))}
            </select>
          )}
          {confirming ? (
            <>
              <button type="button" className={`${small} border-red-700 text-red-800`} onClick={onDelete} autoFocus>
                {t('deleteNamed', { name })}
              </button>
              <button type="button" className={small} onClick={() => setConfirming(false)}>
                {t('keep')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className={small}
              onClick={() => setConfirming(true)}
              aria-label={t('deleteNamed', { name })}
            >
              {t('delete')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
