/** An Annex 11 KPI metadata sheet; plan activities refer to it by id, one sheet may serve several. */
export interface KpiSheetsTable {
  id: string;
  assessment_id: string;
  name: string;
  /** JSON object of the Annex 11 text fields a–o (without g) by field name. */
  fields: string;
  /** JSON array of Annex 10 typologies. */
  types: string;
  /** JSON array of the ids of the KPI selection criteria (Part III step 3) the sheet is credited with. */
  criteria: string;
  baseline_value: string | null;
  baseline_date: string | null;
  /** Stated when the target's words (field l) give no number. */
  target_number: number | null;
  target_date: string | null;
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

/** The action plan's endorsement by a top government official (a minister, the prime minister's office). */
export interface PlanEndorsementsTable {
  id: string;
  assessment_id: string;
  name: string;
  office: string;
  endorsed_on: string;
  note: string;
  recorded_by: string;
  created_at: string;
}
