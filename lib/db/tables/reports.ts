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
