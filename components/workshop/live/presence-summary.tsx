'use client';

import { useTranslations } from 'next-intl';
import type { RefObject } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import { LoadingStatus } from '@/components/ui/loading-status';
import { useLiveRoom } from './live-room-provider';

// The list is drawn when a member opens it, which most page loads never do: its code comes then.
const PresenceList = lazyComponent(() => import('./presence-list').then((m) => m.PresenceList), {
  loading: () => <LoadingStatus className="text-sm text-slate-700" />,
});

/** How many people are online: the button that opens the list of who (PresencePanel). */
export function PresenceSummary({
  open,
  onToggle,
  panelId,
  buttonRef,
}: {
  open: boolean;
  onToggle: () => void;
  panelId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
}) {
  const t = useTranslations('live');
  const { presence, connected } = useLiveRoom();
  return (
    <button
      ref={buttonRef}
      type="button"
      className="shrink-0 cursor-pointer text-sm select-none hover:underline"
      data-testid="live-online"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={onToggle}
    >
      <span aria-hidden="true">{connected ? '●' : '○'} </span>
      {connected ? t('online', { n: presence.length }) : t('offline')}
      <span aria-hidden="true"> {open ? '▴' : '▾'}</span>
    </button>
  );
}

/**
 * Who is online, with their group, the page they are on and their local time, and (during
 * follow-me) whether they follow. It opens under the strip's row, in the flow, so it covers no
 * other control.
 */
export function PresencePanel({ open, id, onClose }: { open: boolean; id: string; onClose: () => void }) {
  const t = useTranslations('live');
  const { presence, state } = useLiveRoom();
  return (
    <div id={id} hidden={!open} className="mt-1 rounded-lg border border-slate-200 bg-white px-3 py-1.5 sm:px-4">
      {open && <PresenceList presence={presence} followActive={state?.follow ?? null} />}
      <button
        type="button"
        className="mt-1 rounded px-1.5 text-sm text-slate-700 underline hover:bg-slate-100"
        onClick={onClose}
      >
        {t('hideOnline')}
      </button>
    </div>
  );
}
