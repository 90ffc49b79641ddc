import type { TGlossaryResponse, TGuideAreaResponse } from '@/lib/contracts/guide';

/** What the guide panel shows: the area's chapter and good practices, and the glossary. */
export type TGuideTexts = { area: TGuideAreaResponse; glossary: TGlossaryResponse['entries'] };

// Each text is fetched once per page life: opening the panel again reuses what came, and the
// browser keeps the answers (they are asked for with the texts' version) for the next page.
const requests = new Map<string, Promise<unknown>>();

function getOnce<T>(url: string): Promise<T> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      return res.json();
    });
    // A failure (offline) is not kept: the next opening tries again.
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request as Promise<T>;
}

/** The guide's texts for an area, fetched from app/api/guide/ the first time they are wanted. */
export async function loadGuideTexts(areaId: string, version: string): Promise<TGuideTexts> {
  const v = `?v=${encodeURIComponent(version)}`;
  const [area, { entries }] = await Promise.all([
    getOnce<TGuideAreaResponse>(`/api/guide/areas/${encodeURIComponent(areaId)}${v}`),
    getOnce<TGlossaryResponse>(`/api/guide/glossary${v}`),
  ]);
  return { area, glossary: entries };
}
