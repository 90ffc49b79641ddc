import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { notifySessionChanged } from '@/lib/services/notifications/on-workshop';
import { deleteSession, updateSession } from '@/lib/services/workshop/sessions';
import { ZSessionUpdateSchema, type TSessionResponse } from '@/lib/contracts/sessions';
import type { TOkResponse } from '@/lib/contracts/shared';

type TParams = { id: string; sessionId: string };

/** Changes a session's title, time, duration, agenda or video-meeting link (facilitators). */
export const PATCH = authedRoute<TParams>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'session.run');
  const input = await parseBody(req, ZSessionUpdateSchema);
  const session = await updateSession(db, params.id, params.sessionId, me, input);
  await notifySessionChanged(db, me, session);
  return { session } satisfies TSessionResponse;
});

/** Cancels a session (facilitators). */
export const DELETE = authedRoute<TParams>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'session.run');
  await deleteSession(db, params.id, params.sessionId, me);
  return { ok: true } satisfies TOkResponse;
});
