import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TComparison } from '@/lib/contracts/monitoring';
import { getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { requireAccess } from '@/lib/services/access/access';
import { roundComparison } from '@/lib/services/monitoring/review-round';

/**
 * For a review round: per question the previous and current evaluation and whether the answer
 * changed; `round` is null for a first round. Areas are named in the member's language.
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'monitoring.view');
  const names = await guideNames(db, params.id, await getLocale());
  return (await roundComparison(db, params.id, names.area)) satisfies TComparison;
});
