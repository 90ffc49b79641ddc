import processData from './data/process.json';

export type TModeId = 1 | 2 | 3;
export type TStage = { id: string; title: string };
export type TMode = { id: TModeId; name: string; description: string };
export type TStepActivity = { code: string; title: string; responsible: Record<'1' | '2' | '3', string | null> };
export type TAssessmentStep = { step: number; title: string; phase: string; activities: TStepActivity[] };
export type TPriorityCriterion = { id: string; title: string };
/** Part II step 5 on evaluating a question, and its Figure 5 (an image: the text keeps its caption, source). */
export type TSituationalAnalysis = {
  reference: string;
  aim: string;
  figure: { caption: string; source: string };
};
/** An Annex 11 field: its letter, its name in a sheet, its title and the guide's prompt under it. */
export type TKpiMetadataField = { key: string; field: string; title: string; prompt: string; mandatory: boolean };
/** One of Part III step 3's quality criteria for selecting a KPI, with the guide's words for it. */
export type TKpiSelectionCriterion = { id: string; title: string; description: string };
/**
 * Annex 11 as the guide prints it: each row's heading (with its "(non-mandatory)" mark) and the
 * WCO Europe Region example's entry, and the KPI owner and data custodian and steward it names.
 */
export type TKpiSheetExample = {
  title: string;
  origin: string;
  rows: { heading: string; entry: string }[];
  owner: string;
  custodian: string;
  steward: string;
};
/** One of Part VI's indicators of success: a stable id and the guide's words. */
export type TReviewIndicator = { id: string; title: string };
/** One of Part IV's four implementation principles: its opening words and the key elements it names. */
export type TImplementationPrinciple = { number: number; title: string; text: string; elements: string[] };
/** Part I, 5 and Part IV, 1 on the communication strategy, in the guide's words. */
export type TCommunicationStrategyGuide = {
  reference: string;
  purpose: string;
  stages: { stage: string; text: string }[];
  content: string;
  principlesIntro: string;
  principles: string[];
};
/** One group of Annex 8's Customs competencies (technical, support, ...): its areas, each with its competencies. */
export type TCompetencyGroup = { title: string; areas: { title: string; competencies: string[] }[] };

/** Annex 9's example: one outcome, one objective and its activities, each with the guide's columns. */
export type TActionPlanExample = {
  outcome: string;
  objective: string;
  activities: {
    activity: string;
    responsible: string;
    kpi: string;
    target: string;
    timeline: string;
    strategicLink: string;
  }[];
};

type TProcessData = {
  stages: TStage[];
  modes: TMode[];
  assessmentSteps: TAssessmentStep[];
  actionPlanningSteps: { step: number; title: string }[];
  priorityCriteria: TPriorityCriterion[];
  priorityScale: string[];
  kpiSelectionCriteria: TKpiSelectionCriterion[];
  kpiMetadataFields: TKpiMetadataField[];
  kpiTypologies: string[];
  kpiSheetExample: TKpiSheetExample;
  actionPlanColumns: string[];
  actionPlanExample: TActionPlanExample;
  evaluationCriteria: { id: string; title: string }[];
  reviewIndicators: TReviewIndicator[];
  reviewIndicatorsSource: { reference: string; intro: string };
  implementationPrinciples: { reference: string; intro: string; principles: TImplementationPrinciple[] };
  communicationStrategy: TCommunicationStrategyGuide;
  termsOfReferenceFields: string[];
  assessmentReportContents: string[];
  assessmentFeedbackTopics: string[];
  contributorExpertiseAreas: string[];
  customsCompetencies: TCompetencyGroup[];
  externalContributorTypes: string[];
  situationalAnalysis: TSituationalAnalysis;
};

const data = processData as unknown as TProcessData;

/** The five stages of the integrity development process. */
export const processStages: readonly TStage[] = data.stages;
/** Annex 4's three assessment modes. */
export const assessmentModes: readonly TMode[] = data.modes;
/** The six assessment steps with their Annex 4 activities and who is responsible per mode. */
export const assessmentSteps: readonly TAssessmentStep[] = data.assessmentSteps;
/** The six action-planning steps. Part of the guide as data, unused by the app so far. @public */
export const actionPlanningSteps = data.actionPlanningSteps;
/** The eight priority criteria. */
export const priorityCriteria: readonly TPriorityCriterion[] = data.priorityCriteria;
/** Part III step 3's quality criteria for selecting KPIs, in the guide's order. */
export const kpiSelectionCriteria: readonly TKpiSelectionCriterion[] = data.kpiSelectionCriteria;
/** Annex 11's KPI metadata sheet fields a to o. */
export const kpiMetadataFields: readonly TKpiMetadataField[] = data.kpiMetadataFields;
/** Annex 10's KPI typologies. */
export const kpiTypologies: readonly string[] = data.kpiTypologies;
/** Annex 11's table with the guide's example sheet. */
export const kpiSheetExample: TKpiSheetExample = data.kpiSheetExample;
/** Part VI's ten indicators of success of the action plan, in the guide's order. */
export const reviewIndicators: readonly TReviewIndicator[] = data.reviewIndicators;
/** Where Part VI lists the indicators, and the sentence that introduces them. */
export const reviewIndicatorsSource = data.reviewIndicatorsSource;
/** Part IV's principles for implementing the action plan. */
export const implementationPrinciples = data.implementationPrinciples;
/** What the guide says a communication strategy covers (Part I, 5 and Part IV, 1). */
export const communicationStrategyGuide: TCommunicationStrategyGuide = data.communicationStrategy;
/** Annex 9's column headings, in the guide's order and words. */
export const actionPlanColumns: readonly string[] = data.actionPlanColumns;
/** Annex 9's example plan, offered as a starting plan. */
export const actionPlanExample: TActionPlanExample = data.actionPlanExample;
/** Annex 5's terms-of-reference fields. */
export const termsOfReferenceFields: readonly string[] = data.termsOfReferenceFields;
/** What the assessment report contains (step 6). Part of the guide as data, unused by the app so far. @public */
export const assessmentReportContents: readonly string[] = data.assessmentReportContents;
/** The topics of the feedback survey (activity 6.2). */
export const assessmentFeedbackTopics: readonly string[] = data.assessmentFeedbackTopics;
/** Areas of expertise the guide lists for contributors. */
export const contributorExpertiseAreas: readonly string[] = data.contributorExpertiseAreas;
/** Annex 8's list of Customs competencies, by group and area, in the guide's order. */
export const customsCompetencies: readonly TCompetencyGroup[] = data.customsCompetencies;
/** Kinds of external contributors the guide lists. Part of the guide as data, unused by the app so far. @public */
export const externalContributorTypes: readonly string[] = data.externalContributorTypes;

/** Every Annex 4 activity code, in order. */
export const stepActivityCodes: readonly string[] = data.assessmentSteps.flatMap((s) =>
  s.activities.map((a) => a.code),
);

/** How the guide asks each checklist question to be evaluated (Part II, step 5, and Figure 5). */
export const situationalAnalysis: TSituationalAnalysis = data.situationalAnalysis;

/** The mode with this id. */
export function findMode(id: number): TMode | undefined {
  return data.modes.find((m) => m.id === id);
}
