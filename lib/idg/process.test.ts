import { describe, expect, it } from 'vitest';
import { assessmentSteps, customsCompetencies, situationalAnalysis } from './process';

// The guide's words, from Annex 4 (Description and Persons Responsible for the Steps and the
// Activities of Integrity Assessment): activities the data once shortened must read as printed.
const ANNEX_4_TITLES: Record<string, string> = {
  '3.3':
    'Presentation of the WCO anti-corruption and integrity promotion activities, key WCO integrity tools, namely the ' +
    'Revised Arusha Declaration (RAD) and the Integrity Development Guide (IDG)',
  '4.1':
    'Conversation between the national contact points of the administration and external experts in order to ' +
    'prepare the strategic conversation with the head of administration',
  '4.3':
    'Conversation and discussion on key project management elements: recommended approach, logistics, tentative ' +
    'calendar, activity package, associated tools, deliverables',
  '4.4':
    'Preparation of draft pre-mission/assessment report and/or terms of reference describing the objectives, ' +
    'inputs, expected outputs and outcomes of the assessment',
  '4.5': 'Preparation of draft agenda/programme and elaboration of details of the joint initiative',
  '5.1':
    'Instructions for contributors to carry out the activities and achieve the objectives of the situational ' +
    'analysis. Familiarization with the Integrity Development Guide (IDG)',
  '5.2':
    'Familiarization with templates, including the IDG check-list questionnaire, to be completed by the contributors',
  '5.3': 'Assessment of each key factor in the RAD by the assigned groups',
};

describe('the assessment process as data', () => {
  it('words the Annex 4 activities as the guide does', () => {
    const titles = new Map(assessmentSteps.flatMap((s) => s.activities.map((a) => [a.code, a.title] as const)));
    for (const [code, title] of Object.entries(ANNEX_4_TITLES)) expect(titles.get(code), code).toBe(title);
  });

  it('lists Annex 8’s Customs competencies by group and area, as the guide does', () => {
    expect(customsCompetencies.map((g) => `${g.title}: ${g.areas.map((a) => a.title).join(', ')}`)).toEqual([
      'Customs competencies (technical): Goods clearance, Checks on travellers, Surveillance and fight against ' +
        'fraud, Litigation and prosecution',
      'Support competencies: Communication and information management, Human resource management, Logistics and ' +
        'property management, Accounting and finance',
      'Transversal competencies: Codes, Other legal requirements',
      'Managerial and behavioural competencies: Managerial, Behavioural',
    ]);
    const all = customsCompetencies.flatMap((g) => g.areas.flatMap((a) => a.competencies));
    expect(all).toHaveLength(102);
    // Lists the page break split in the guide are whole again.
    const hrm = customsCompetencies[1]!.areas[1]!.competencies;
    expect(hrm.at(0)).toBe('Staff management regulations');
    expect(hrm.at(-1)).toBe('Performance measuring procedures');
    expect(customsCompetencies[3]!.areas[1]!.competencies.at(-1)).toBe('Adaptability');
  });

  it('quotes step 5’s aim for the evaluation of a question as printed, with Figure 5’s caption', () => {
    expect(situationalAnalysis.aim).toBe(
      'The aim is to identify areas in which the administration already has solid integrity practices in place, ' +
        'and areas in which action is required.',
    );
    expect(situationalAnalysis.figure.caption).toBe('Figure 5. Evaluation of existing integrity measures and controls');
  });
});
