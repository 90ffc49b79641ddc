import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TPlanResponse } from '@/lib/contracts/plan';
import { requireAccess } from '@/lib/services/access/access';
import { planSnapshot } from '@/lib/services/plan/plan';
import { adoptedVersion, listSubmissions } from '@/lib/services/plan/plan-adoption';

/** The current draft (read from the plan's Yjs document) and every adopted version, as JSON. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  const [draft, submissions] = await Promise.all([planSnapshot(db, params.id), listSubmissions(db, params.id)]);
  const adopted = submissions
    .filter((s) => s.status === 'adopted' && s.version !== null)
    .sort((a, b) => (a.version ?? 0) - (b.version ?? 0));
  const versions = await Promise.all(adopted.map((s) => adoptedVersion(db, params.id, s.version ?? 0)));
  return { draft, versions, submissions } satisfies TPlanResponse;
});
