'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TLiveAck } from '@/lib/realtime/live-events';
import { refusalText } from '@/components/ui/api-client';

/** Runs console commands one at a time and keeps the last refusal to show. */
export function useConsoleAction(): { busy: boolean; error: string | null; run: (p: () => Promise<TLiveAck>) => void } {
  const t = useTranslations('live');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (p: () => Promise<TLiveAck>) => {
    setBusy(true);
    p().then(
      async (res) => {
        setBusy(false);
        setError(res.ok ? null : await refusalText(res));
      },
      () => {
        setBusy(false);
        setError(t('noAnswer'));
      },
    );
  };
  return { busy, error, run };
}

export const consoleButton =
  'rounded-md border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:text-slate-400';
