import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// Portable across SQLite and PostgreSQL: ids are UUID text, times ISO-8601 text (UTC),
// flags 0/1 integers, structured values JSON text.

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  is_admin: number;
  time_zone: string | null;
  locale: string | null;
  /** Bumped to end every session of the user at once (sign-out everywhere, removal). */
  session_version: Generated<number>;
  created_at: string;
}

export interface SignInThrottleTable {
  email: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AssessmentsTable {
  id: string;
  administration: string;
  country: string;
  title: string;
  scope: 'comprehensive' | 'targeted';
  /** JSON array of area ids; every area when comprehensive. */
  areas: string;
  mode: number;
  planned_start: string | null;
  planned_end: string | null;
  time_zone: string;
  created_by: string;
  created_at: string;
}

export interface MembershipsTable {
  assessment_id: string;
  user_id: string;
  role: string;
  organisation: string | null;
  organisation_type: string | null;
  expertise: string | null;
  gender: string | null;
  joined_at: string;
}

export interface InvitationsTable {
  id: string;
  assessment_id: string;
  email: string;
  role: string;
  organisation: string | null;
  organisation_type: string | null;
  expertise: string | null;
  gender: string | null;
  /** SHA-256 of the one-time token; the token itself is never stored. */
  token_hash: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  invited_by: string;
  created_at: string;
}

export interface StepActivitiesTable {
  assessment_id: string;
  code: string;
  status: 'to-do' | 'in-progress' | 'done' | 'not-applicable';
  due_date: string | null;
  owner_id: string | null;
  notes: string;
  updated_by: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  assessment_id: string | null;
  actor_id: string | null;
  action: string;
  detail: string;
  created_at: string;
}

/** A Yjs document's compacted state (an update encoding the whole document). */
export interface YjsDocumentsTable {
  name: string;
  state: Uint8Array;
  updated_at: string;
}

/** Yjs updates applied since the document's state row was last compacted, in order of id. */
export interface YjsUpdatesTable {
  id: Generated<number>;
  doc_name: string;
  update: Uint8Array;
  created_at: string;
}

export interface CommentsTable {
  id: string;
  assessment_id: string;
  question_key: string;
  author_id: string;
  body: string;
  /** JSON array of the mentioned members' user ids. */
  mentions: string;
  created_at: string;
}

export interface EvidenceTable {
  id: string;
  assessment_id: string;
  question_key: string;
  kind: 'link' | 'file';
  title: string;
  url: string | null;
  file_name: string | null;
  /** Where the file's bytes are stored; never derived from what the user named it. */
  storage_key: string | null;
  mime_type: string | null;
  size_bytes: number | null;
  added_by: string;
  created_at: string;
}

export interface BreakoutGroupsTable {
  id: string;
  assessment_id: string;
  name: string;
  created_at: string;
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
  /** JSON array of agenda items `{ title, activityCode?, areaId? }`. */
  agenda: string;
  /** Bumped on every change so calendar clients replace the event they imported (RFC 5545 SEQUENCE). */
  sequence: Generated<number>;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** Who was present in a session: first join and latest sighting while it ran. */
export interface SessionAttendanceTable {
  session_id: string;
  user_id: string;
  first_joined_at: string;
  last_seen_at: string;
}

export interface Database {
  users: UsersTable;
  sign_in_throttle: SignInThrottleTable;
  assessments: AssessmentsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  step_activities: StepActivitiesTable;
  audit_log: AuditLogTable;
  yjs_documents: YjsDocumentsTable;
  yjs_updates: YjsUpdatesTable;
  comments: CommentsTable;
  evidence: EvidenceTable;
  breakout_groups: BreakoutGroupsTable;
  group_areas: GroupAreasTable;
  group_members: GroupMembersTable;
  workshop_sessions: WorkshopSessionsTable;
  session_attendance: SessionAttendanceTable;
}

export type TUser = Selectable<UsersTable>;
export type TNewUser = Insertable<UsersTable>;
export type TUserUpdate = Updateable<UsersTable>;
export type TAssessmentRow = Selectable<AssessmentsTable>;
export type TMembershipRow = Selectable<MembershipsTable>;
export type TInvitationRow = Selectable<InvitationsTable>;
