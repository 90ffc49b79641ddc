import type { TSurveyContent } from '../domain/surveys/survey-schema';
import type { TBreakdown, TQuestionResult } from '../domain/surveys/survey-results';

/** A survey as the API lists it: content, status and how many answers it has. */
export type TSurvey = TSurveyContent & {
  id: string;
  status: 'draft' | 'open' | 'closed';
  /** The secret of the public link; only facilitators are given it. */
  publicToken: string | null;
  answers: number;
  invitations: { issued: number; used: number };
  openedOn: string | null;
  closedOn: string | null;
  createdAt: string;
};

export type TSurveyResults = {
  surveyId: string;
  title: string;
  status: string;
  total: number;
  questions: TQuestionResult[];
  breakdowns: TBreakdown[];
};
