'use client';

import { useTranslations } from 'next-intl';
import type { TDocChangesResponse } from '@/lib/contracts/history';
import { useFormat } from '@/lib/i18n/client';
import { queryKeys } from '../ui/query-keys';
import { CatchUpSummary, useCatchUpRead } from './catch-up-summary';

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
  const t = useTranslations('history');
  const f = useFormat();
  const { data, note, markSeen } = useCatchUpRead<TDocChangesResponse>(queryKeys.docChanges(url), url);
  if (!data?.since) return null;
  const { changes } = data;
  return (
    <CatchUpSummary
      since={data.since}
      note={note}
      count={changes.length > 0 ? t('itemsChanged', { n: changes.length }) : null}
      onMarkSeen={() => void markSeen()}
    >
      {changes.map((c) => (
        <li key={c.id}>
          <a href={`#${anchorPrefix}${c.id}`} className="text-brand-700 underline">
            {c.label.trim() || untitled}
          </a>{' '}
          {t('byPeople', { names: f.list(c.by.map((p) => p.name)) || t('someone') })}
        </li>
      ))}
    </CatchUpSummary>
  );
}
