import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { type TInvitationTokensResponse, ZInvitationCountSchema } from '@/lib/contracts/surveys';
import { issueInvitations } from '@/lib/services/surveys/surveys';

/** Issues `{ count }` one-answer invitation tokens, returned this once only (only their hashes are kept). */
export const POST = authedRoute<{ id: string; surveyId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'survey.manage');
  const { count } = await parseBody(req, ZInvitationCountSchema);
  const tokens = await issueInvitations(db, member, params.surveyId, count);
  return Response.json({ tokens } satisfies TInvitationTokensResponse, { status: 201 });
});
