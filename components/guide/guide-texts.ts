'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TGlossaryResponse, TGuideAreaResponse } from '@/lib/contracts/guide';

/** What the guide panel shows: the area's chapter and good practices, and the glossary. */
type TGuideTexts = { area: TGuideAreaResponse; glossary: TGlossaryResponse['entries'] };

// The texts do not change within a version: each is read once per page life, when first wanted
// (opening the panel again reuses what came, and the browser keeps the answers, asked for with
// the texts' version, for the next page). A failure (offline) is not kept: the next opening
// tries again.
const once = { staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

/**
 * The guide's texts for an area, read from app/api/guide/ only once `wanted`: loading while they
 * come, failed when they could not be read, null before they are first wanted.
 */
export function useGuideTexts(
  areaId: string,
  version: string,
  wanted: boolean,
): TGuideTexts | 'loading' | 'failed' | null {
  const v = `?v=${encodeURIComponent(version)}`;
  const area = useQuery({
    queryKey: queryKeys.guideArea(areaId, version),
    queryFn: () => fetchJson<TGuideAreaResponse>(`/api/guide/areas/${encodeURIComponent(areaId)}${v}`),
    enabled: wanted,
    ...once,
  });
  const glossary = useQuery({
    queryKey: queryKeys.glossary(version),
    queryFn: () => fetchJson<TGlossaryResponse>(`/api/guide/glossary${v}`).then((res) => res.entries),
    enabled: wanted,
    ...once,
  });
  if (area.data && glossary.data) return { area: area.data, glossary: glossary.data };
  if (area.isFetching || glossary.isFetching) return 'loading';
  if (area.isError || glossary.isError) return 'failed';
  return null;
}
