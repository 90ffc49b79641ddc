import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { listAddedCriteria } from '@/lib/services/priorities/added-criteria';
import { addCriterion } from '@/lib/services/priorities/added-criteria-changes';
import { type TAddedCriteriaResponse, ZNewCriterionSchema } from '@/lib/contracts/priorities';

/** The priority criteria the working group added beside the guide's eight. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { criteria: await listAddedCriteria(db, params.id) } satisfies TAddedCriteriaResponse;
});

/** Adds a priority criterion to the assessment (facilitators). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  const criteria = await addCriterion(db, membership, await parseBody(req, ZNewCriterionSchema));
  return Response.json({ criteria } satisfies TAddedCriteriaResponse, { status: 201 });
});
