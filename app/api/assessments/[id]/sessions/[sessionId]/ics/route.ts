import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { sessionIcs } from '@/lib/domain/workshop/ics';
import { plannedClockTimes } from '@/lib/domain/workshop/run-of-show';
import { agendaText } from '@/lib/domain/workshop/sessions';
import { requireAccess } from '@/lib/services/access/access';
import { findAssessment } from '@/lib/services/assessments/assessments';
import { findSession } from '@/lib/services/workshop/sessions';
import { env } from '@/lib/config/env';

/** The session as an iCalendar file, to add to one's own calendar in one's own time zone. */
export const GET = authedRoute<{ id: string; sessionId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  const [session, assessment] = await Promise.all([
    findSession(db, params.id, params.sessionId),
    findAssessment(db, params.id),
  ]);
  const origin = env().NEXTAUTH_URL ?? new URL(req.url).origin;
  // Item times in the downloader's own zone, named, since a description has no zone of its own.
  const zone = user.timeZone ?? assessment?.timeZone ?? 'UTC';
  const ofItem = plannedClockTimes(session.agenda, session, zone);
  const body = sessionIcs({
    uid: `${session.id}@idg-workshop`,
    title: session.title,
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
    description: `${assessment?.title ?? 'IDG assessment'}\n\n${agendaText(session.agenda, ofItem ? { zone, ofItem } : undefined)}`,
    sequence: session.sequence,
    url: `${origin}/assessments/${params.id}/sessions`,
    meetingUrl: session.meetingUrl,
  });
  // The file name is ASCII only; the title itself is inside the file.
  const fileName = `${
    session.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'session'
  }.ics`;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
