import type { TDb } from '../../db/client';
import { seesGroupMeeting } from '../../domain/workshop/meeting-links';
import { sessionPhase } from '../../domain/workshop/session-phase';
import { type TGroup } from '../../contracts/workshop';
import { SESSION_DURATION, type TLiveMeetings } from '../../contracts/sessions';
import type { TMembership } from '../access/membership';

// The live bar re-checks each session's phase on the member's clock: a page loaded in the morning
// offers the afternoon session's link once it runs. Twenty cover any workshop's remaining schedule.
const MAX_SESSIONS = 20;

/**
 * The video meetings the live bar offers a member: the assessment's sessions with a link that
 * have not ended, earliest first, and the link of the member's own breakout group.
 */
export async function liveMeetings(
  db: TDb,
  assessmentId: string,
  userId: string,
  now: Date = new Date(),
): Promise<TLiveMeetings> {
  // No session runs longer than the longest duration: older starts have ended.
  const earliest = new Date(now.getTime() - SESSION_DURATION.max * 60_000).toISOString();
  const [sessions, group] = await Promise.all([
    db
      .selectFrom('workshop_sessions')
      .select(['id', 'title', 'starts_at', 'duration_minutes', 'meeting_url'])
      .where('assessment_id', '=', assessmentId)
      .where('meeting_url', 'is not', null)
      .where('starts_at', '>=', earliest)
      .orderBy('starts_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('group_members')
      .innerJoin('breakout_groups', 'breakout_groups.id', 'group_members.group_id')
      .select(['breakout_groups.name', 'breakout_groups.meeting_url'])
      .where('group_members.assessment_id', '=', assessmentId)
      .where('group_members.user_id', '=', userId)
      .executeTakeFirst(),
  ]);
  return {
    sessions: sessions
      .map((s) => ({
        id: s.id,
        title: s.title,
        startsAt: s.starts_at,
        durationMinutes: s.duration_minutes,
        meetingUrl: s.meeting_url ?? '',
      }))
      .filter((s) => s.meetingUrl !== '' && sessionPhase(s, now) !== 'past')
      .slice(0, MAX_SESSIONS),
    group: group?.meeting_url ? { name: group.name, meetingUrl: group.meeting_url } : null,
  };
}

/**
 * The groups as a member may see them: each group's meeting link only for its own members and
 * those who manage groups; for anyone else it reads as none.
 */
export function groupsFor<T extends { groups: TGroup[] }>(overview: T, viewer: TMembership): T {
  return {
    ...overview,
    groups: overview.groups.map((g) =>
      g.meetingUrl !== null &&
      !seesGroupMeeting(
        viewer,
        g.members.map((m) => m.id),
      )
        ? { ...g, meetingUrl: null }
        : g,
    ),
  };
}

/**
 * The breakout group an area is allocated to, with its meeting link when the viewer may see it
 * (see groupsFor); null when no group holds the area.
 */
export async function areaGroup(
  db: TDb,
  viewer: TMembership,
  areaId: string,
): Promise<{ id: string; name: string; meetingUrl: string | null } | null> {
  const row = await db
    .selectFrom('group_areas')
    .innerJoin('breakout_groups', 'breakout_groups.id', 'group_areas.group_id')
    .select(['breakout_groups.id', 'breakout_groups.name', 'breakout_groups.meeting_url'])
    .where('group_areas.assessment_id', '=', viewer.assessmentId)
    .where('group_areas.area_id', '=', areaId)
    .executeTakeFirst();
  if (!row) return null;
  const members = await db.selectFrom('group_members').select('user_id').where('group_id', '=', row.id).execute();
  const sees = seesGroupMeeting(
    viewer,
    members.map((m) => m.user_id),
  );
  return { id: row.id, name: row.name, meetingUrl: sees ? row.meeting_url : null };
}
