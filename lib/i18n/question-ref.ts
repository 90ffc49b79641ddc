import { findArea, findQuestion } from '../idg/checklist';
import type { TDomainT } from './domain-labels';

// Apart from the catalogue of fixed values (./messages/domain.ts), which nearly every page shows:
// naming a question takes the whole checklist, which only the pages that name questions need.

/**
 * A question as people name it, "Transparency · Q3", never its key; `label` is the number an added
 * question (`<area>.a<n>`) carries. An unknown area falls back to the key.
 */
export function questionRef(t: TDomainT, key: string, label?: string): string {
  const areaId = key.split('.')[0] ?? '';
  const area = findArea(areaId);
  if (!area) return key;
  const number = label ?? String(findQuestion(key)?.number ?? key.slice(areaId.length + 1));
  return t('questionRef', { area: area.title, number });
}
