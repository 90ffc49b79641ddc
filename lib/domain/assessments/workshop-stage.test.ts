import { describe, expect, it } from 'vitest';
import { processStages } from '../../idg/process';
import { type TStageFacts, type TStepFacts, workshopStage, workshopStep } from './workshop-stage';

const none: TStageFacts = {
  answersWritten: 0,
  groups: 0,
  findings: 0,
  candidateActivities: 0,
  ratingRounds: 0,
  planAdopted: false,
  monitoringEntries: 0,
};

describe('workshopStage', () => {
  it('is "prepare" while nothing has been produced', () => {
    expect(workshopStage(none)).toBe('prepare');
  });

  it('is the assessment once groups, answers or findings exist', () => {
    for (const k of ['groups', 'answersWritten', 'findings'] as const) {
      expect(workshopStage({ ...none, [k]: 1 })).toBe('assessment');
    }
  });

  it('is action planning once candidate activities or rating rounds exist', () => {
    expect(workshopStage({ ...none, answersWritten: 40, candidateActivities: 3 })).toBe('action-planning');
    expect(workshopStage({ ...none, ratingRounds: 1 })).toBe('action-planning');
  });

  it('is implementation once a plan is adopted, and monitoring once entries are recorded', () => {
    expect(workshopStage({ ...none, candidateActivities: 3, planAdopted: true })).toBe('implementation');
    expect(workshopStage({ ...none, planAdopted: true, monitoringEntries: 2 })).toBe('monitoring-evaluation');
  });

  it('names every stage but "prepare" by the id of one of the guide\'s stages', () => {
    const ids = processStages.map((s) => s.id);
    for (const s of ['assessment', 'action-planning', 'implementation', 'monitoring-evaluation'] as const) {
      expect(ids).toContain(s);
    }
  });
});

describe('workshopStep', () => {
  const quiet: TStepFacts = { openAnnexSteps: [], kpiSheets: 0, consultations: 0, planSubmitted: false };

  it('is the first preparation step with an open activity while preparing', () => {
    expect(workshopStep('prepare', { ...quiet, openAnnexSteps: [1, 2, 3, 4, 5, 6] })).toEqual({
      guide: 'assessment',
      n: 1,
    });
    expect(workshopStep('prepare', { ...quiet, openAnnexSteps: [3, 5] })).toEqual({ guide: 'assessment', n: 3 });
    expect(workshopStep('prepare', { ...quiet, openAnnexSteps: [5] })).toEqual({ guide: 'assessment', n: 4 });
  });

  it('is the situational analysis, then reporting, while assessing', () => {
    expect(workshopStep('assessment', { ...quiet, openAnnexSteps: [1, 5, 6] })).toEqual({ guide: 'assessment', n: 5 });
    expect(workshopStep('assessment', { ...quiet, openAnnexSteps: [6] })).toEqual({ guide: 'assessment', n: 6 });
    expect(workshopStep('assessment', quiet)).toEqual({ guide: 'assessment', n: 6 });
  });

  it('follows the plan’s records while planning', () => {
    expect(workshopStep('action-planning', quiet)).toEqual({ guide: 'action-planning', n: 1 });
    expect(workshopStep('action-planning', { ...quiet, kpiSheets: 2 })).toEqual({ guide: 'action-planning', n: 3 });
    expect(workshopStep('action-planning', { ...quiet, kpiSheets: 2, consultations: 1 })).toEqual({
      guide: 'action-planning',
      n: 4,
    });
    expect(workshopStep('action-planning', { ...quiet, planSubmitted: true })).toEqual({
      guide: 'action-planning',
      n: 6,
    });
  });

  it('has no numbered step once the plan is adopted', () => {
    expect(workshopStep('implementation', quiet)).toBeNull();
    expect(workshopStep('monitoring-evaluation', quiet)).toBeNull();
  });
});
