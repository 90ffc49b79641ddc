/**
 * A flag a facilitator set on one checklist answer (today only `sensitive`: left out of redacted
 * exports). Kept here, not in the area's Yjs document, so that only facilitators set it and only
 * facilitators and senior management are ever sent it.
 */
export interface AnswerFlagsTable {
  assessment_id: string;
  /** `<areaId>.<number>`, e.g. `transparency.20`. */
  question_key: string;
  flag: 'sensitive';
  /** Null for flags carried over from the documents, where nobody's name was recorded. */
  set_by: string | null;
  set_at: string;
}
