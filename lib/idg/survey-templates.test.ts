import { describe, expect, it } from 'vitest';
import { ZSurveyContentSchema, validateAnswers } from '../domain/surveys/survey-schema';
import { SURVEY_TEMPLATES, surveyTemplate } from './survey-templates';

describe('survey starter templates', () => {
  for (const id of ['staff', 'clients', 'blank'] as const) {
    it(`${id} is a valid survey`, () => {
      expect(ZSurveyContentSchema.safeParse(surveyTemplate(id)).success).toBe(true);
    });
  }

  it('asks grouping questions and a free-text question in each perception survey', () => {
    for (const t of Object.values(SURVEY_TEMPLATES)) {
      expect(t.questions.some((q) => q.type === 'single' && q.grouping)).toBe(true);
      expect(t.questions.some((q) => q.type === 'text')).toBe(true);
    }
  });

  it('checks answers against the questions', () => {
    const { questions } = surveyTemplate('staff');
    expect(
      validateAnswers(questions, { unit: 0, leadership: 5, observed: [4, 0], measure: ' More training ' }),
    ).toEqual({ ok: true, answers: { unit: 0, leadership: 5, observed: [0, 4], measure: 'More training' } });
    const bad = validateAnswers(questions, { unit: 9, leadership: 0, observed: 'x', ghost: 1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['ghost', 'leadership', 'observed', 'unit']);
  });
});
