import { authedRoute } from '@/lib/api/route';
import type { TGuideAreaResponse } from '@/lib/contracts/guide';
import { DomainError } from '@/lib/domain/shared/errors';
import { GUIDE_VERSION, goodPractices, guideChapter, relatedChapters } from '@/lib/idg/guide';
import { versionedJson } from '@/lib/api/versioned';

/** An area's chapter, the chapters read with it and Annex 2's good practices, for the guide panel. */
export const GET = authedRoute<{ areaId: string }>(({ req, params }) => {
  const chapter = guideChapter(params.areaId);
  const practices = goodPractices(params.areaId);
  if (!chapter || !practices) throw new DomainError('not_found');
  return Promise.resolve(
    versionedJson(req, GUIDE_VERSION, {
      chapter,
      related: [...relatedChapters(params.areaId)],
      practices,
    } satisfies TGuideAreaResponse),
  );
});
