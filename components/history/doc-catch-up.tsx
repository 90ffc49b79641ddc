'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TDocChangesResponse, TSeenResponse } from '@/lib/contracts/history';
import { useFormat, useT } from '@/lib/i18n/client';
import { historyMessages } from '@/lib/i18n/messages/history';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { fetchJson, readOncePerMount } from '../ui/query-fetch';
import { queryKeys } from '../ui/query-keys';

type TDocCatchUpProps = {
  /** The changes route: `/api/assessments/:id/plan/changes` or `.../groups/:groupId/changes`. */
  url: string;
  /** Where each changed item is on the page: `row-` for plan rows, `finding-` for findings. */
  anchorPrefix: string;
  /** What an item is called when it has no text yet ("Untitled row"). */
  untitled: string;
};

/**
 * "Changed since your last visit" on the plan draft or a group's findings: which rows or findings
 * others changed and who, each a link to it, and a way to mark them seen. A first visit shows
 * nothing and is remembered as the start.
 */
export function DocCatchUp({ url, anchorPrefix, untitled }: TDocCatchUpProps) {
  const t = useT(historyMessages);
  const f = useFormat();
  const queryClient = useQueryClient();
  const { data: state } = useQuery({
    queryKey: queryKeys.docChanges(url),
    queryFn: () => fetchJson<TDocChangesResponse>(url),
    ...readOncePerMount,
  });
  const [note, setNote] = useState<string | null>(null);

  async function markSeen() {
    const res = await sendJson<TSeenResponse>(`${url}/seen`, 'POST');
    if (!res.ok) return setNote(res.error);
    queryClient.setQueryData<TDocChangesResponse>(queryKeys.docChanges(url), { since: res.data.seenAt, changes: [] });
    setNote(t('markedSeen'));
  }

  if (!state?.since) return null;
  return (
    <section aria-labelledby="doc-catch-up" className="my-3 rounded-md border border-brand-200 bg-brand-50 p-3 text-sm">
      <h2 id="doc-catch-up" className="font-semibold">
        {t('catchUpHeading')}
      </h2>
      {state.changes.length === 0 ? (
        <p role="status">{note ?? t('catchUpNone', { when: f.dateTime(state.since) })}</p>
      ) : (
        <>
          <p>
            {t('catchUpSince', { when: f.dateTime(state.since) })}{' '}
            <strong>{t('itemsChanged', { n: state.changes.length })}</strong>
          </p>
          <ul className="mt-1 grid gap-0.5">
            {state.changes.map((c) => (
              <li key={c.id}>
                <a href={`#${anchorPrefix}${c.id}`} className="text-brand-700 underline">
                  {c.label.trim() || untitled}
                </a>{' '}
                {t('byPeople', { names: f.list(c.by.map((p) => p.name)) || t('someone') })}
              </li>
            ))}
          </ul>
          <Button variant="secondary" className="mt-2" onClick={() => void markSeen()}>
            {t('markSeen')}
          </Button>
        </>
      )}
    </section>
  );
}
