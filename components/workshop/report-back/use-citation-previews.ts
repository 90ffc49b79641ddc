'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TCitationPreview } from '@/lib/contracts/report-back';

const NONE: Readonly<Record<string, TCitationPreview>> = {};

/**
 * Previews (answer text and evaluation) of the cited questions, read again when the set of keys
 * changes; while unread or unreadable, citations still link to their answers without a preview.
 */
export function useCitationPreviews(
  assessmentId: string,
  keys: readonly string[],
): Readonly<Record<string, TCitationPreview>> {
  // The joined keys are the query's key: a new array with the same keys must not read again.
  const joined = [...new Set(keys)].sort().join(',');
  const { data } = useQuery({
    queryKey: queryKeys.citationPreviews(assessmentId, joined),
    queryFn: () =>
      fetchJson<{ previews: TCitationPreview[] }>(
        `/api/assessments/${assessmentId}/findings/citations?keys=${encodeURIComponent(joined)}`,
      ).then(({ previews }) => Object.fromEntries(previews.map((x) => [x.key, x]))),
    enabled: joined !== '',
    // Adding a citation shows the previews already read until the new set arrives.
    placeholderData: (previous) => previous,
  });
  return data ?? NONE;
}
