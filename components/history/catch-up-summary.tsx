'use client';

import { useTranslations } from 'next-intl';
import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useId, useState } from 'react';
import type { TSeenResponse } from '@/lib/contracts/history';
import { useFormat } from '@/lib/i18n/client';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { fetchJson, readOncePerMount } from '../ui/query-fetch';

/** What a catch-up route answers: the member's last visit (null on the first) and what changed since. */
type TCatchUpRead = { since: string | null; changes: readonly unknown[] };

/**
 * Reads a catch-up route once per mount (the first read records a first visit on the server), and
 * marks it seen: `url` and `url/seen`.
 */
export function useCatchUpRead<T extends TCatchUpRead>(queryKey: QueryKey, url: string) {
  const t = useTranslations('history');
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey, queryFn: () => fetchJson<T>(url), ...readOncePerMount });
  const [note, setNote] = useState<string | null>(null);
  const markSeen = useCallback(async () => {
    const res = await sendJson<TSeenResponse>(`${url}/seen`, 'POST');
    if (!res.ok) return setNote(res.error);
    queryClient.setQueryData<TCatchUpRead>(queryKey, { since: res.data.seenAt, changes: [] });
    setNote(t('markedSeen'));
  }, [url, queryKey, queryClient, t]);
  return { data, note, markSeen };
}

type TCatchUpSummaryProps = {
  since: string;
  /** What was said last (marked seen, or why marking failed). */
  note: string | null;
  /** "3 questions changed", or null when nothing changed. */
  count: string | null;
  onMarkSeen: () => void;
  /** The changed items, as list items. */
  children: ReactNode;
};

/** "Changed since your last visit": when that was, how many changed, the list, and "Mark all as seen". */
export function CatchUpSummary({ since, note, count, onMarkSeen, children }: TCatchUpSummaryProps) {
  const t = useTranslations('history');
  const f = useFormat();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="my-3 rounded-md border border-brand-200 bg-brand-50 p-3 text-sm">
      <h2 id={headingId} className="font-semibold">
        {t('catchUpHeading')}
      </h2>
      {count === null ? (
        <p role="status">{note ?? t('catchUpNone', { when: f.dateTime(since) })}</p>
      ) : (
        <>
          <p>
            {t('catchUpSince', { when: f.dateTime(since) })} <strong>{count}</strong>
          </p>
          <ul className="mt-1 grid gap-0.5">{children}</ul>
          <Button variant="secondary" className="mt-2" onClick={onMarkSeen}>
            {t('markSeen')}
          </Button>
        </>
      )}
    </section>
  );
}
