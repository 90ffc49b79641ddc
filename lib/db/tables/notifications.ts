export interface NotificationsTable {
  id: string;
  user_id: string;
  assessment_id: string | null;
  /** One of NOTIFICATION_KINDS (lib/contracts/notifications.ts). */
  kind: string;
  /** A path inside the site, e.g. `/assessments/<id>/checklist/transparency#q-transparency.20`. */
  link: string;
  /** JSON: what the message says (who, which question), never content the recipient may not see. */
  params: string;
  created_at: string;
  read_at: string | null;
  /** 'app', 'email' or 'digest': the member's choice for this kind when it was made. */
  channel: string;
  /** When a digest row went out in its morning's mail. */
  digested_at: string | null;
}

export interface NotificationSettingsTable {
  user_id: string;
  kind: string;
  channel: string;
}

export interface MailOutboxTable {
  id: string;
  dedupe_key: string;
  user_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** JSON object of extra headers: Message-ID, List-Unsubscribe. */
  headers: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  /** Set while one process sends the row; another may take it over once this has passed. */
  locked_until: string | null;
  sent_at: string | null;
  /** Given up after the last retry. */
  failed_at: string | null;
  last_error: string | null;
}

export interface AssignmentsTable {
  id: string;
  assessment_id: string;
  question_key: string;
  assignee_id: string;
  /** A calendar day, YYYY-MM-DD. */
  due_date: string;
  assigned_by: string;
  created_at: string;
  /** When the reminder of the day before was made. */
  reminded_at: string | null;
}
