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

/** Which numbered steps a stage's current step belongs to: Annex 4's six or action planning's six. */
export type TWorkshopStep = { guide: 'assessment' | 'action-planning'; n: number };

/** What the current step is derived from. */
export type TStepFacts = {
  /** Annex 4 steps (1 to 6) that still have an activity to do or in progress. */
  openAnnexSteps: number[];
  kpiSheets: number;
  consultations: number;
  planSubmitted: boolean;
};

const PREPARATION_STEPS = [1, 2, 3, 4];
const ASSESSMENT_STEPS = [5, 6];

/**
 * The step within the stage: while preparing or assessing, the first Annex 4 step of that phase with
 * an activity still open (the phase's last step once all are closed); while planning, the furthest
 * action-planning step the plan's records show. Later stages have no numbered steps.
 */
export function workshopStep(stage: TWorkshopStage, f: TStepFacts): TWorkshopStep | null {
  if (stage === 'prepare' || stage === 'assessment') {
    const steps = stage === 'prepare' ? PREPARATION_STEPS : ASSESSMENT_STEPS;
    const open = steps.find((n) => f.openAnnexSteps.includes(n));
    return { guide: 'assessment', n: open ?? steps[steps.length - 1]! };
  }
  if (stage === 'action-planning') {
    const n = f.planSubmitted ? 6 : f.consultations > 0 ? 4 : f.kpiSheets > 0 ? 3 : 1;
    return { guide: 'action-planning', n };
  }
  return null;
}
