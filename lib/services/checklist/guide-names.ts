// No 'server-only' guard: the live room (server/live) names areas with it, outside Next.
import type { TDb } from '../../db/client';
import { type TGuideWordsT, areaName, withOfficialTitles } from '../../i18n/guide-words';
import type { TLocale } from '../../i18n/locales';
import { translatorOf } from '../../i18n/messages';
import { type TChecklistArea, findArea } from '../../idg/checklist';
import { officialTitles } from './assessment-checklist';

/** Names an area for the interface; the English default is lib/idg's areaLabel. */
export type TAreaNamer = (area: TChecklistArea) => string;

/** The guide's words as one member reads them in one assessment. */
export type TGuideNames = {
  /** The `guideWords` translator, the assessment's official titles over the project's translation. */
  t: TGuideWordsT;
  /** An area as the guide names it, e.g. "Facteur clé 3 : Transparence". */
  area: TAreaNamer;
  /** An area named by its id; an id the guide does not know stays as it is. */
  areaOf: (areaId: string) => string;
  /** Whether every one of these areas' titles is the administration's official translation (no note then). */
  official: (areaIds: readonly string[]) => boolean;
};

/**
 * The guide's words in `locale` for an assessment (null: none, e.g. before one is created): the
 * project's translation, or the official titles the assessment's translation brought in that language.
 */
export async function guideNames(db: TDb, assessmentId: string | null, locale: TLocale): Promise<TGuideNames> {
  const titles = assessmentId ? await officialTitles(db, assessmentId, locale) : {};
  const t = withOfficialTitles(translatorOf(locale, 'guideWords'), titles);
  const area = (a: TChecklistArea) => areaName(t, a);
  return {
    t,
    area,
    areaOf: (id) => {
      const found = findArea(id);
      return found ? area(found) : id;
    },
    official: (ids) => ids.length > 0 && ids.every((id) => `area.${id}` in titles),
  };
}
