import type { TActivityStatus, TEvaluationCriterion, TJudgement } from '../../domain/monitoring/monitoring-types';
import type { TIndicatorDirection, TReviewIndicatorId } from '../../domain/monitoring/review-indicators';

/** Implementation tracking of one adopted plan activity; dates default to the plan's own. */
export interface ActivityTrackingTable {
  assessment_id: string;
  activity_id: string;
  status: TActivityStatus;
  percent: number;
  start_date: string | null;
  due_date: string | null;
  /** JSON array of the activity ids this one depends on. */
  depends_on: string;
  updated_by: string;
  updated_at: string;
}

/** A dated progress update with its note, from the person responsible or a facilitator. */
export interface ProgressUpdatesTable {
  id: string;
  assessment_id: string;
  activity_id: string;
  status: TActivityStatus;
  percent: number;
  note: string;
  author_id: string;
  created_at: string;
}

/** One KPI value for one period. */
export interface KpiMeasurementsTable {
  id: string;
  assessment_id: string;
  kpi_id: string;
  period: string;
  period_end: string;
  value: number;
  /** JSON object: disaggregation label → value. */
  disaggregated: string;
  source: string;
  entered_by: string;
  entered_at: string;
}

/** The Part V judgement of an objective or KPI on one criterion, with its evidence. */
export interface EvaluationsTable {
  assessment_id: string;
  subject_kind: 'objective' | 'kpi';
  subject_id: string;
  criterion: TEvaluationCriterion;
  judgement: TJudgement;
  evidence: string;
  updated_by: string;
  updated_at: string;
}

export interface MonitoringSettingsTable {
  assessment_id: string;
  stale_after_days: number;
  updated_by: string;
  updated_at: string;
}

/** What the working group recorded for one of Part VI's indicators of success in this round. */
export interface ReviewIndicatorsTable {
  assessment_id: string;
  indicator_id: TReviewIndicatorId;
  observation: string;
  direction: TIndicatorDirection;
  source: string;
  updated_by: string;
  updated_at: string;
}

/** A review round (Part VI): this assessment follows `previous_assessment_id`. */
export interface ReviewRoundsTable {
  assessment_id: string;
  previous_assessment_id: string;
  carried_answers: number;
  started_by: string;
  started_at: string;
}

/** A candidate activity carried over from the previous round's plan, with where it came from. */
export interface CarriedActivitiesTable {
  candidate_id: string;
  assessment_id: string;
  from_assessment_id: string;
  from_activity_id: string;
  from_number: string;
  from_status: string;
}

/** How the new round's plan takes up one activity of the previous plan (Part VI). */
export interface ActivityContinuityTable {
  assessment_id: string;
  from_activity_id: string;
  decision: 'continued' | 'varied' | 'dropped';
  /** What changes, for a varied activity; empty otherwise. */
  variation: string;
  decided_by: string;
  decided_at: string;
}
