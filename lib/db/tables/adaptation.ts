/** A question an administration added to one area of an assessment's checklist (key `<area_id>.a<number>`). */
export interface ChecklistAddedQuestionsTable {
  id: string;
  assessment_id: string;
  area_id: string;
  number: number;
  text: string;
  created_by: string;
  created_at: string;
}

/** A question hidden from a targeted assessment's checklist, with the reason. */
export interface ChecklistHiddenQuestionsTable {
  assessment_id: string;
  question_key: string;
  reason: string;
  hidden_by: string;
  hidden_at: string;
}

/** An assessment's imported translation of its checklist questions. */
export interface ChecklistTranslationsTable {
  assessment_id: string;
  language: string;
  /** JSON object: question key → translated text. */
  texts: string;
  imported_by: string;
  imported_at: string;
}
