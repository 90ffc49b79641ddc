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

/** A priority criterion the working group added to an assessment, beside the guide's eight. */
export interface AddedCriteriaTable {
  assessment_id: string;
  /** `added-<n>`, numbered per assessment and never reused. */
  id: string;
  name: string;
  description: string;
  created_by: string;
  created_at: string;
}
