import type { Generated } from 'kysely';

export interface AssessmentsTable {
  id: string;
  administration: string;
  country: string;
  title: string;
  scope: 'comprehensive' | 'targeted';
  /** JSON array of area ids; every area when comprehensive. */
  areas: string;
  mode: number;
  /** 0/1: a facilitated assessment also uses the other method (in-country and remote) at once. */
  concurrent_modes: Generated<number>;
  /** Step 1: 'one-off' event or 'continuous' process. */
  continuity: Generated<'one-off' | 'continuous'>;
  /** Step 1: the expected duration, from `duration_min` to `duration_max` `duration_unit`s. */
  duration_min: Generated<number>;
  duration_max: Generated<number>;
  duration_unit: Generated<'weeks' | 'months'>;
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

/** An Annex 6 or 7 good practice ticked by the facilitators, with their note. */
export interface PracticeChecksTable {
  assessment_id: string;
  item_key: string;
  checked: number;
  note: string;
  updated_by: string;
  updated_at: string;
}

/** A self-assessment's organisation (Annex 7): its circular to all staff and how stakeholders take part. */
export interface SelfAssessmentStructuresTable {
  assessment_id: string;
  circular: string;
  /** The calendar day the circular was issued; null while it is a draft. */
  circular_issued_on: string | null;
  stakeholder_arrangements: string;
  updated_by: string;
  updated_at: string;
}

/** A member's place in a self-assessment's structure: 'steering', 'working' or 'stakeholders'. */
export interface StructureMembersTable {
  assessment_id: string;
  user_id: string;
  body: 'steering' | 'working' | 'stakeholders';
  contact_person: number;
  confidentiality_agreed: number;
}

/** An approval of the terms of reference by senior management of one side, as the facilitators recorded it. */
export interface TorApprovalsTable {
  id: string;
  assessment_id: string;
  /** 'administration': the beneficiary administration; 'partner': the other side (WCO, the facilitators' body). */
  side: 'administration' | 'partner';
  name: string;
  title: string;
  organisation: string;
  approved_on: string;
  recorded_by: string;
  created_at: string;
}
