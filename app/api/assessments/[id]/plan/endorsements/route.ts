import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TEndorsementsResponse, ZEndorsementSchema } from '@/lib/contracts/plan';
import { requireAccess } from '@/lib/services/access/access';
import { addEndorsement, listEndorsements } from '@/lib/services/plan/plan-endorsements';

/** The adopted plan's endorsements by top government officials. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { endorsements: await listEndorsements(db, params.id) } satisfies TEndorsementsResponse;
});

/** Records an endorsement: who, their office, when, and a note (facilitators, once a version is adopted). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'assessment.edit');
  await addEndorsement(db, actor, await parseBody(req, ZEndorsementSchema));
  return Response.json({ endorsements: await listEndorsements(db, params.id) } satisfies TEndorsementsResponse, {
    status: 201,
  });
});
