import type { Generated } from 'kysely';

export interface BreakoutGroupsTable {
  id: string;
  assessment_id: string;
  name: string;
  created_at: string;
  /** The group's video-meeting link (https), or null. */
  meeting_url: string | null;
}

/** Which group discusses an area; an area belongs to at most one group (the primary key). */
export interface GroupAreasTable {
  assessment_id: string;
  area_id: string;
  group_id: string;
}

/** A member of a breakout group; at most one group per member and assessment. */
export interface GroupMembersTable {
  group_id: string;
  user_id: string;
  /** Repeats the group's assessment so the database can keep a member in one group. */
  assessment_id: string;
  is_rapporteur: number;
}

/** A scheduled workshop session of an assessment. */
export interface WorkshopSessionsTable {
  id: string;
  assessment_id: string;
  title: string;
  /** UTC ISO instant; every client shows it in the viewer's own time zone. */
  starts_at: string;
  duration_minutes: number;
  /** JSON array of agenda items `{ title, activityCode?, areaId?, startsAt?, durationMinutes?, kind?, … }`. */
  agenda: string;
  /** JSON `{ currentIndex, startedAt, extendedMinutes, statuses }` once the session is run; null before. */
  run_state: string | null;
  /** Bumped on every change so calendar clients replace the event they imported (RFC 5545 SEQUENCE). */
  sequence: Generated<number>;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** The session's video-meeting link (https), or null. */
  meeting_url: string | null;
  /** When the members were told it starts soon; cleared when its time changes. */
  reminded_at: string | null;
}

/** Who was present in a session: first join and latest sighting while it ran. */
export interface SessionAttendanceTable {
  session_id: string;
  user_id: string;
  first_joined_at: string;
  last_seen_at: string;
}

/** The live room of an assessment: what the facilitators' console set, shared by every instance. */
export interface LiveStateTable {
  assessment_id: string;
  breakout_active: number;
  /** UTC ISO instant a running timer ends; null while paused or without a timer. */
  timer_ends_at: string | null;
  timer_label: string | null;
  /** What was left when the timer was paused; null while running or without a timer. */
  timer_paused_remaining_ms: number | null;
  /** JSON `{ byUserId, path }` or null: where everyone is taken while follow-me is on. */
  follow: string | null;
  spotlight_group_id: string | null;
  /** JSON array of area ids whose answers nobody but facilitators may edit. */
  locked_areas: string;
  /** JSON `{ text, at, byName }` or null. */
  announcement: string | null;
  updated_at: string;
}

/** A raised hand in an assessment's live room; the queue is ordered by raised_at. */
export interface RaisedHandsTable {
  assessment_id: string;
  user_id: string;
  raised_at: string;
}

/** The report-back's decision on one group finding (a finding id of the group's Yjs document). */
export interface FindingOutcomesTable {
  assessment_id: string;
  group_id: string;
  finding_id: string;
  outcome: 'agreed' | 'disputed' | 'parked';
  decided_by: string;
  decided_at: string;
}

/** A comment on a group finding at the report-back. */
export interface FindingCommentsTable {
  id: string;
  assessment_id: string;
  group_id: string;
  finding_id: string;
  author_id: string;
  body: string;
  created_at: string;
}
