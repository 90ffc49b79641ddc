/**
 * The stage a workshop is in, read from what it has produced so far: "prepare" before any work, then
 * the guide's process stages by their ids.
 */
export type TWorkshopStage = 'prepare' | 'assessment' | 'action-planning' | 'implementation' | 'monitoring-evaluation';

/** What the stage is derived from: counts the service reads, nothing fixed by hand. */
export type TStageFacts = {
  answersWritten: number;
  groups: number;
  findings: number;
  candidateActivities: number;
  ratingRounds: number;
  planAdopted: boolean;
  monitoringEntries: number;
};

/**
 * The furthest stage the data shows. Later work outranks earlier: a workshop still fixing answers
 * after adopting its plan is implementing it, not assessing.
 */
export function workshopStage(f: TStageFacts): TWorkshopStage {
  if (f.monitoringEntries > 0) return 'monitoring-evaluation';
  if (f.planAdopted) return 'implementation';
  if (f.candidateActivities > 0 || f.ratingRounds > 0) return 'action-planning';
  if (f.answersWritten > 0 || f.groups > 0 || f.findings > 0) return 'assessment';
  return 'prepare';
}
