import 'server-only';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { breakdown, kpiMeasure } from '../../domain/surveys/survey-results';
import { SURVEY_RESULTS_KIND } from '../../idg/background-documents';
import { storeDocumentBytes } from '../library/library-files';
import type { TLibraryDocument } from '../../contracts/library';
import type { TSurveyKpiInput, TSurveyMeasure } from '../../contracts/surveys';
import type { TMembership } from '../access/membership';
import { recordMeasurement } from '../monitoring/monitoring-kpi';
import { surveyResponses, surveyResults } from './survey-answers';
import { getSurvey, today } from './surveys';

/**
 * Records a survey question's result as a measurement of a KPI (a subjective indicator) through
 * the monitoring service: the mean of a scale, or the share choosing given options. Only groups
 * a breakdown would show are used as its disaggregation.
 */
export async function recordSurveyAsKpi(
  db: TDb,
  member: TMembership,
  surveyId: string,
  input: TSurveyKpiInput,
): Promise<TSurveyMeasure> {
  assertCan(member, 'survey.manage', 'survey_kpi.forbidden');
  const survey = await getSurvey(db, member, surveyId);
  const question = survey.questions.find((q) => q.id === input.questionId);
  if (!question || question.type === 'text')
    throw new DomainError('validation.failed', undefined, {
      fieldErrors: { questionId: ['Pick a scale or choice question.'] },
    });
  if (question.type !== 'scale' && input.options.length === 0)
    throw new DomainError('validation.failed', undefined, { fieldErrors: { options: ['Pick the options to count.'] } });
  const responses = await surveyResponses(db, surveyId);
  const overall = kpiMeasure(question, responses, input.options);
  if (!overall) throw new DomainError('survey_kpi.unanswered_question');
  const disaggregated: Record<string, number> = {};
  if (input.groupBy) {
    const b = breakdown(survey.questions, responses, input.groupBy, 'Not answered');
    if (!b)
      throw new DomainError('validation.failed', undefined, {
        fieldErrors: { groupBy: ['Pick a grouping question.'] },
      });
    const grouping = survey.questions.find((q) => q.id === input.groupBy);
    for (const g of b.groups) {
      if (g.hidden || grouping?.type !== 'single') continue;
      const index = grouping.options.indexOf(g.label);
      const rows = responses.filter((r) => (index === -1 ? r[grouping.id] === undefined : r[grouping.id] === index));
      const m = kpiMeasure(question, rows, input.options);
      if (m) disaggregated[g.label.slice(0, 100)] = m.value;
    }
  }
  const source =
    `Survey “${survey.title}”, question “${question.text}” (${overall.measure}), ${overall.responses} answers`.slice(
      0,
      500,
    );
  await recordMeasurement(db, member, {
    kpiId: input.kpiId,
    period: input.period,
    value: overall.value,
    disaggregated,
    source,
  });
  return { value: overall.value, responses: overall.responses };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // A leading = + - @ would make a spreadsheet run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * Files a survey's results in the library as a CSV under "data, statistics and survey results",
 * visible to every member: counts per option and scale point, never free text or groups under
 * the anonymity threshold.
 */
export async function attachSurveyToLibrary(db: TDb, member: TMembership, surveyId: string): Promise<TLibraryDocument> {
  assertCan(member, 'survey.manage', 'survey_kpi.library_forbidden');
  const results = await surveyResults(db, member, surveyId);
  if (results.total === 0) throw new DomainError('survey_kpi.no_answers');
  const lines: (string | number)[][] = [['group', 'question', 'answer', 'count', 'mean']];
  const add = (group: string, qs: typeof results.questions) => {
    for (const q of qs) {
      if (q.type === 'scale')
        q.counts.forEach((n, i) =>
          lines.push([group, q.text, String(i + 1), n, q.mean === null ? '' : q.mean.toFixed(2)]),
        );
      else if (q.type !== 'text') q.counts.forEach((n, i) => lines.push([group, q.text, q.options[i] ?? '', n, '']));
    }
  };
  add(`All (${results.total})`, results.questions);
  for (const b of results.breakdowns)
    for (const g of b.groups) if (!g.hidden) add(`${b.text}: ${g.label} (${g.answers})`, g.results);
  const csv = lines.map((l) => l.map(csvCell).join(',')).join('\n') + '\n';
  const day = today();
  return storeDocumentBytes(db, member, new TextEncoder().encode(csv), {
    fileName: `survey-results-${day}.csv`,
    mimeType: 'text/csv; charset=utf-8',
    title: `${results.title}: results (${day}, ${results.total} answers)`,
    category: SURVEY_RESULTS_KIND,
    visibility: 'members',
    readerIds: [],
    surveyId,
  });
}
