import { describe, expect, it } from 'vitest';
import { processStages } from '../../idg/process';
import { type TStageFacts, workshopStage } from './workshop-stage';

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
