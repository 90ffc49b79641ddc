import { authedRoute } from '@/lib/api/route';
import type { TGlossaryResponse } from '@/lib/contracts/guide';
import { GUIDE_VERSION, glossary } from '@/lib/idg/guide';
import { versionedJson } from '@/lib/api/versioned';

/** Annex 1, the glossary, for the guide panel's search. */
export const GET = authedRoute(({ req }) =>
  Promise.resolve(versionedJson(req, GUIDE_VERSION, { entries: [...glossary] } satisfies TGlossaryResponse)),
);
