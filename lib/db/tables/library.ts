/** A background document of step 3: an uploaded file or a link, classified under the guide's list. */
export interface LibraryDocumentsTable {
  id: string;
  assessment_id: string;
  kind: 'file' | 'link';
  /** A kind id of lib/idg/background-documents.ts. */
  category: string;
  title: string;
  url: string | null;
  file_name: string | null;
  storage_key: string | null;
  mime_type: string | null;
  size_bytes: number | null;
  /**
   * 'members': every member; 'leads': facilitators and senior management; 'named': facilitators and the listed readers.
   */
  visibility: 'members' | 'leads' | 'named';
  added_by: string;
  reviewer_id: string | null;
  summary: string;
  summary_by: string | null;
  summary_at: string | null;
  /** Set when the document is a survey's results filed in the library. */
  survey_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A member named as a reader of a 'named' document. */
export interface LibraryReadersTable {
  document_id: string;
  user_id: string;
}

/** A checklist area (`transparency`) or question (`transparency.20`) a document informs. */
export interface LibraryLinksTable {
  document_id: string;
  assessment_id: string;
  area_id: string;
  /** The area id alone for an area link, else the question key. */
  target: string;
}

/** A perception survey: its questions are JSON (lib/domain/surveys/survey-schema.ts). */
export interface SurveysTable {
  id: string;
  assessment_id: string;
  title: string;
  intro: string;
  audience: 'staff' | 'clients' | 'other';
  questions: string;
  status: 'draft' | 'open' | 'closed';
  /** The secret of the public link /survey/<token>; facilitators may copy it again, so it is kept. */
  public_token: string;
  /** 1: an answer needs an unused invitation token. */
  invitation_only: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  opened_on: string | null;
  closed_on: string | null;
}

/** A one-answer invitation: only a hash of its token and whether it was used, never which answer. */
export interface SurveyInvitationsTable {
  token_hash: string;
  survey_id: string;
  used: number;
}

/** One anonymous answer: no user, no address, no agent, and the day only. */
export interface SurveyResponsesTable {
  id: string;
  survey_id: string;
  answers: string;
  answered_on: string;
}

/** A step 3 or 4 activity of the assessment (document review, interview, field visit, meeting). */
export interface ActivityLogTable {
  id: string;
  assessment_id: string;
  step: number;
  kind: 'document-review' | 'interview' | 'field-visit' | 'meeting';
  title: string;
  held_on: string;
  notes: string;
  /** People who took part without an account (e.g. interviewees), as typed. */
  others: string;
  recorded_by: string;
  created_at: string;
}

/** A member who took part in an activity-log entry. */
export interface ActivityParticipantsTable {
  entry_id: string;
  user_id: string;
}
