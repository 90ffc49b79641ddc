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

export interface CandidateActivitiesTable {
  id: string;
  assessment_id: string;
  title: string;
  description: string;
  status: 'active' | 'withdrawn' | 'merged';
  merged_into: string | null;
  /** `<groupId>:<findingId>` of the group finding it was gathered from; null when added directly. */
  origin_finding: string | null;
  agreed_priority: 'high' | 'medium' | 'low' | 'not-retained' | null;
  agreed_reason: string | null;
  agreed_by: string | null;
  agreed_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ActivitySourcesTable {
  activity_id: string;
  question_key: string;
  area_id: string;
}

/** A rating or dot-voting round over candidate activities. */
export interface RatingRoundsTable {
  id: string;
  assessment_id: string;
  kind: 'rating' | 'dots';
  status: 'open' | 'closed';
  anonymous: number;
  results: 'live' | 'hidden';
  revealed: number;
  /** JSON array of candidate activity ids. */
  activity_ids: string;
  /** JSON array of priority criterion ids (empty for dot rounds). */
  criteria: string;
  dot_budget: number | null;
  dot_cap: number | null;
  opened_by: string;
  opened_at: string;
  closed_at: string | null;
}

/** One voter's rating of one activity on one criterion; the voter is an HMAC in anonymous rounds. */
export interface RatingsTable {
  round_id: string;
  voter_key: string;
  activity_id: string;
  criterion: string;
  value: 'low' | 'medium' | 'high' | 'skip';
  updated_at: string;
}

/** One voter's dots on one activity in a dot round. */
export interface DotVotesTable {
  round_id: string;
  voter_key: string;
  activity_id: string;
  dots: number;
  updated_at: string;
}

/** A facilitator-set weight of a priority criterion in an assessment's combined priority. */
export interface PriorityWeightsTable {
  assessment_id: string;
  criterion: string;
  weight: number;
}

/** An Annex 11 KPI metadata sheet; plan activities refer to it by id, one sheet may serve several. */
export interface KpiSheetsTable {
  id: string;
  assessment_id: string;
  name: string;
  /** JSON object of the Annex 11 text fields a–o (without g) by field name. */
  fields: string;
  /** JSON array of Annex 10 typologies. */
  types: string;
  baseline_value: string | null;
  baseline_date: string | null;
  owner: string | null;
  custodian: string | null;
  steward: string | null;
  updated_by: string;
  created_at: string;
  updated_at: string;
}

/** One entry of the stakeholder consultation log (action planning step 4). */
export interface PlanConsultationsTable {
  id: string;
  assessment_id: string;
  stakeholder: string;
  consulted_on: string;
  said: string;
  changed: string;
  recorded_by: string;
  created_at: string;
}

/** The plan submitted for adoption; `snapshot` (JSON) is frozen, `version` set once adopted. */
export interface PlanSubmissionsTable {
  id: string;
  assessment_id: string;
  status: 'pending' | 'changes-requested' | 'superseded' | 'adopted';
  version: number | null;
  snapshot: string;
  strategy_link: string;
  submitted_by: string;
  submitted_at: string;
  decided_at: string | null;
}

/** A named approver's decision on a submission. */
export interface PlanApprovalsTable {
  submission_id: string;
  approver_id: string;
  decision: 'pending' | 'approved' | 'changes-requested';
  comment: string;
  decided_at: string | null;
}

/** A facilitator's sign-off of one version of the assessment report (identified by its content hash). */
export interface ReportSignoffsTable {
  id: string;
  assessment_id: string;
  version: number;
  content_hash: string;
  user_id: string;
  signed_at: string;
}

/** Whether an assessment's feedback survey (activity 6.2) is open and anonymous. */
export interface FeedbackSettingsTable {
  assessment_id: string;
  open: number;
  anonymous: number;
  updated_by: string;
  updated_at: string;
}

/** One feedback response; `user_id` is null in an anonymous survey. */
export interface FeedbackResponsesTable {
  id: string;
  assessment_id: string;
  user_id: string | null;
  /** JSON object: topic id → answer text. */
  answers: string;
  submitted_on: string;
}

/** Who has answered the feedback survey, unlinked from what they answered. */
export interface FeedbackRespondentsTable {
  assessment_id: string;
  user_id: string;
}

export interface Database {
  report_signoffs: ReportSignoffsTable;
  feedback_settings: FeedbackSettingsTable;
  feedback_responses: FeedbackResponsesTable;
  feedback_respondents: FeedbackRespondentsTable;
  kpi_sheets: KpiSheetsTable;
  plan_consultations: PlanConsultationsTable;
  plan_submissions: PlanSubmissionsTable;
  plan_approvals: PlanApprovalsTable;
  rating_rounds: RatingRoundsTable;
  ratings: RatingsTable;
  dot_votes: DotVotesTable;
  priority_weights: PriorityWeightsTable;
  candidate_activities: CandidateActivitiesTable;
  activity_sources: ActivitySourcesTable;
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
  live_state: LiveStateTable;
  raised_hands: RaisedHandsTable;
  finding_outcomes: FindingOutcomesTable;
  finding_comments: FindingCommentsTable;
}

export type TUser = Selectable<UsersTable>;
export type TNewUser = Insertable<UsersTable>;
export type TUserUpdate = Updateable<UsersTable>;
export type TAssessmentRow = Selectable<AssessmentsTable>;
export type TMembershipRow = Selectable<MembershipsTable>;
export type TInvitationRow = Selectable<InvitationsTable>;
