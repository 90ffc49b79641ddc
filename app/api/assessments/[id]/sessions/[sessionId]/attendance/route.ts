import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TAttendanceResponse } from '@/lib/contracts/sessions';
import { requireAccess } from '@/lib/services/access/access';
import { findSession, listAttendance } from '@/lib/services/workshop/sessions';

/** Who attended a session and when. */
export const GET = authedRoute<{ id: string; sessionId: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'members.view');
  const session = await findSession(db, params.id, params.sessionId);
  return { attendance: await listAttendance(db, session.id) } satisfies TAttendanceResponse;
});
