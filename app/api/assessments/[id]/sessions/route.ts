import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { createSession, listSessions } from '@/lib/services/workshop/sessions';
import { ZSessionInputSchema, type TSessionResponse, type TSessionsResponse } from '@/lib/contracts/sessions';

/** The assessment's workshop sessions, earliest first. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { sessions: await listSessions(db, params.id) } satisfies TSessionsResponse;
});

/** Schedules a session (facilitators). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'session.run');
  const input = await parseBody(req, ZSessionInputSchema);
  return Response.json({ session: await createSession(db, params.id, me, input) } satisfies TSessionResponse, {
    status: 201,
  });
});
