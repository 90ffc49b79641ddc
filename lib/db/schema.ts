import type { Selectable } from 'kysely';
import type { UsersTable, SignInAttemptsTable, AuditLogTable } from './tables/accounts';
import type {
  AssessmentsTable,
  MembershipsTable,
  InvitationsTable,
  StepActivitiesTable,
  PracticeChecksTable,
  SelfAssessmentStructuresTable,
  StructureMembersTable,
  TorApprovalsTable,
} from './tables/assessments';
import type { YjsDocumentsTable, YjsUpdatesTable, CommentsTable, EvidenceTable } from './tables/checklist';
import type {
  BreakoutGroupsTable,
  GroupAreasTable,
  GroupMembersTable,
  WorkshopSessionsTable,
  SessionAttendanceTable,
  LiveStateTable,
  RaisedHandsTable,
  FindingOutcomesTable,
  FindingCommentsTable,
} from './tables/workshop';
import type {
  CandidateActivitiesTable,
  ActivitySourcesTable,
  RatingRoundsTable,
  RatingsTable,
  DotVotesTable,
  PriorityWeightsTable,
  AddedCriteriaTable,
} from './tables/priorities';
import type {
  KpiSheetsTable,
  PlanConsultationsTable,
  PlanSubmissionsTable,
  PlanApprovalsTable,
  PlanEndorsementsTable,
} from './tables/plan';
import type {
  ReportSignoffsTable,
  FeedbackSettingsTable,
  FeedbackResponsesTable,
  FeedbackRespondentsTable,
} from './tables/reports';
import type {
  LibraryDocumentsTable,
  LibraryReadersTable,
  LibraryLinksTable,
  SurveysTable,
  SurveyInvitationsTable,
  SurveyResponsesTable,
  ActivityLogTable,
  ActivityParticipantsTable,
} from './tables/library';
import type { AnswerFlagsTable } from './tables/answer-flags';
import type { DocVersionsTable, DocClientsTable, DocDeletionsTable, DocVisitsTable } from './tables/history';
import type {
  NotificationsTable,
  NotificationSettingsTable,
  MailOutboxTable,
  AssignmentsTable,
} from './tables/notifications';
import type {
  ActivityTrackingTable,
  ProgressUpdatesTable,
  KpiMeasurementsTable,
  EvaluationsTable,
  MonitoringSettingsTable,
  ReviewRoundsTable,
  ReviewIndicatorsTable,
  CarriedActivitiesTable,
  ActivityContinuityTable,
} from './tables/monitoring';
import type {
  ChecklistAddedQuestionsTable,
  ChecklistHiddenQuestionsTable,
  ChecklistTranslationsTable,
} from './tables/adaptation';

// Portable across SQLite and PostgreSQL: ids are UUID text, times ISO-8601 text (UTC),
// flags 0/1 integers, structured values JSON text.

export type { UsersTable, SignInAttemptsTable, AuditLogTable } from './tables/accounts';
export type {
  AssessmentsTable,
  MembershipsTable,
  InvitationsTable,
  StepActivitiesTable,
  PracticeChecksTable,
  SelfAssessmentStructuresTable,
  StructureMembersTable,
} from './tables/assessments';
export type { YjsDocumentsTable, YjsUpdatesTable, CommentsTable, EvidenceTable } from './tables/checklist';
export type {
  BreakoutGroupsTable,
  GroupAreasTable,
  GroupMembersTable,
  WorkshopSessionsTable,
  SessionAttendanceTable,
  LiveStateTable,
  RaisedHandsTable,
  FindingOutcomesTable,
  FindingCommentsTable,
} from './tables/workshop';
export type {
  CandidateActivitiesTable,
  ActivitySourcesTable,
  RatingRoundsTable,
  RatingsTable,
  DotVotesTable,
  PriorityWeightsTable,
  AddedCriteriaTable,
} from './tables/priorities';
export type { KpiSheetsTable, PlanConsultationsTable, PlanSubmissionsTable, PlanApprovalsTable } from './tables/plan';
export type {
  ReportSignoffsTable,
  FeedbackSettingsTable,
  FeedbackResponsesTable,
  FeedbackRespondentsTable,
} from './tables/reports';
export type {
  LibraryDocumentsTable,
  LibraryReadersTable,
  LibraryLinksTable,
  SurveysTable,
  SurveyInvitationsTable,
  SurveyResponsesTable,
  ActivityLogTable,
  ActivityParticipantsTable,
} from './tables/library';
export type { AnswerFlagsTable } from './tables/answer-flags';
export type {
  NotificationsTable,
  NotificationSettingsTable,
  MailOutboxTable,
  AssignmentsTable,
} from './tables/notifications';

export type { DocVersionsTable, DocClientsTable, DocDeletionsTable, DocVisitsTable } from './tables/history';

export interface Database {
  doc_versions: DocVersionsTable;
  doc_clients: DocClientsTable;
  doc_deletions: DocDeletionsTable;
  doc_visits: DocVisitsTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
  mail_outbox: MailOutboxTable;
  assignments: AssignmentsTable;
  library_documents: LibraryDocumentsTable;
  library_readers: LibraryReadersTable;
  library_links: LibraryLinksTable;
  surveys: SurveysTable;
  survey_invitations: SurveyInvitationsTable;
  survey_responses: SurveyResponsesTable;
  activity_log: ActivityLogTable;
  activity_participants: ActivityParticipantsTable;
  activity_tracking: ActivityTrackingTable;
  progress_updates: ProgressUpdatesTable;
  kpi_measurements: KpiMeasurementsTable;
  evaluations: EvaluationsTable;
  monitoring_settings: MonitoringSettingsTable;
  review_rounds: ReviewRoundsTable;
  review_indicators: ReviewIndicatorsTable;
  carried_activities: CarriedActivitiesTable;
  activity_continuity: ActivityContinuityTable;
  checklist_added_questions: ChecklistAddedQuestionsTable;
  checklist_hidden_questions: ChecklistHiddenQuestionsTable;
  checklist_translations: ChecklistTranslationsTable;
  report_signoffs: ReportSignoffsTable;
  answer_flags: AnswerFlagsTable;
  feedback_settings: FeedbackSettingsTable;
  feedback_responses: FeedbackResponsesTable;
  feedback_respondents: FeedbackRespondentsTable;
  kpi_sheets: KpiSheetsTable;
  plan_consultations: PlanConsultationsTable;
  plan_submissions: PlanSubmissionsTable;
  plan_approvals: PlanApprovalsTable;
  plan_endorsements: PlanEndorsementsTable;
  rating_rounds: RatingRoundsTable;
  ratings: RatingsTable;
  dot_votes: DotVotesTable;
  priority_weights: PriorityWeightsTable;
  added_criteria: AddedCriteriaTable;
  candidate_activities: CandidateActivitiesTable;
  activity_sources: ActivitySourcesTable;
  users: UsersTable;
  sign_in_attempts: SignInAttemptsTable;
  assessments: AssessmentsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  step_activities: StepActivitiesTable;
  practice_checks: PracticeChecksTable;
  self_assessment_structures: SelfAssessmentStructuresTable;
  structure_members: StructureMembersTable;
  tor_approvals: TorApprovalsTable;
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

export type TAssessmentRow = Selectable<AssessmentsTable>;
export type TInvitationRow = Selectable<InvitationsTable>;
