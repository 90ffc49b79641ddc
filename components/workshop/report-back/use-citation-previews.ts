'use client';

import { useEffect, useState } from 'react';
import type { TCitationPreview } from '@/lib/contracts/workshop';

/** Previews (answer text and evaluation) of the cited questions, fetched again when the set of keys changes. */
export function useCitationPreviews(
  assessmentId: string,
  keys: readonly string[],
): Readonly<Record<string, TCitationPreview>> {
  const [previews, setPreviews] = useState<Record<string, TCitationPreview>>({});
  // The joined keys are the dependency: a new array with the same keys must not refetch.
  const joined = [...new Set(keys)].sort().join(',');
  useEffect(() => {
    if (!joined) return;
    const controller = new AbortController();
    const load = async () => {
      try {
        const res = await fetch(
          `/api/assessments/${assessmentId}/findings/citations?keys=${encodeURIComponent(joined)}`,
          { signal: controller.signal },
        );
        if (!res.ok) return;
        const { previews: list } = (await res.json()) as { previews: TCitationPreview[] };
        setPreviews((p) => ({ ...p, ...Object.fromEntries(list.map((x) => [x.key, x])) }));
      } catch {
        // Aborted or offline: citations still link to their answers without a preview.
      }
    };
    void load();
    return () => controller.abort();
  }, [assessmentId, joined]);
  return previews;
}
