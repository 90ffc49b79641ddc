import type { TDomainT } from './domain-labels';
import type { TGuideWordsT } from './guide-words';
import type { TMessageKey } from './messages';

// The area's title comes from the `guideWords` namespace, not lib/idg/checklist: naming a question
// would otherwise carry the whole checklist into every page that names one.

/**
 * A question as people name it, "Transparency · Q3", never its key (`<area>.<number>` for the
 * guide's questions); `label` is the number an added question (`<area>.a<n>`) carries. An area the
 * guide does not know falls back to the key.
 */
export function questionRef(t: TDomainT, words: TGuideWordsT, key: string, label?: string): string {
  const areaId = key.split('.')[0] ?? '';
  const title = `area.${areaId}` as TMessageKey<'guideWords'>;
  if (!words.has(title)) return key;
  const number = label ?? key.slice(areaId.length + 1);
  return t('questionRef', { area: words(title), number });
}
