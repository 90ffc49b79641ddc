'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TDocumentLinksResponse } from '@/lib/contracts/library';

// Every question card of an area asks at once: one request per area serves them all, and is
// read again after a short while so that a new review shows on the next visit.
const FRESH_MS = 15_000;

/**
 * The background documents informing a question (or its whole area), linked to the library; nothing
 * when there are none.
 */
export function QuestionDocuments({ assessmentId, questionKey }: { assessmentId: string; questionKey: string }) {
  const t = useTranslations('library');
  const areaId = questionKey.split('.')[0] ?? '';
  const { data: byTarget } = useQuery({
    queryKey: queryKeys.documentLinks(assessmentId, areaId),
    queryFn: () =>
      fetchJson<TDocumentLinksResponse>(
        `/api/assessments/${assessmentId}/documents/links?area=${encodeURIComponent(areaId)}`,
      ).then((res) => res.byTarget),
    staleTime: FRESH_MS,
  });
  const seen = new Set<string>();
  const docs = [...(byTarget?.[questionKey] ?? []), ...(byTarget?.[areaId] ?? [])].filter(
    (d) => !seen.has(d.id) && seen.add(d.id),
  );
  if (docs.length === 0) return null;
  return (
    <div className="mt-2 text-xs text-slate-700">
      <span className="font-medium">{t('informingQuestion')}</span>{' '}
      <ul className="inline">
        {docs.map((d, i) => (
          <li key={d.id} className="inline">
            {i > 0 && ', '}
            <a
              href={`/assessments/${assessmentId}/library#doc-${d.id}`}
              className="text-brand-700 underline"
              title={d.summary || undefined}
            >
              {d.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
