// What the main routes return parses with the response schemas of lib/contracts: the routes
// return these services' results as they are, so a service that drifts from its contract fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import {
  ZAssessmentResponseSchema,
  ZAssessmentsResponseSchema,
  ZCreatedAssessmentResponseSchema,
} from '@/lib/contracts/assessments';
import { findAssessment, listMyAssessments } from '@/lib/services/assessments/assessments';
import {
  ZConsultationsResponseSchema,
  ZKpiSheetResponseSchema,
  ZKpiSheetsResponseSchema,
  ZPlanResponseSchema,
  ZNewKpiSheetResponseSchema,
  ZSubmissionsResponseSchema,
  ZWhereUsedResponseSchema,
} from '@/lib/contracts/plan';
import { missingMandatoryFields } from '@/lib/domain/plan/kpi-sheet';
import { createKpiSheet, getKpiSheet, listKpiSheets } from '@/lib/services/plan/kpi';
import {
  ZActivitiesResponseSchema,
  ZAddedCriteriaResponseSchema,
  ZGatherResponseSchema,
  ZPrioritiesResponseSchema,
  ZWeightsResponseSchema,
} from '@/lib/contracts/priorities';
import { DEMO_ASSESSMENT_TITLE, seedDemo } from '@/lib/services/assessments/demo-seed';
import { seedDemoWorkshop } from '@/lib/services/assessments/demo-workshop';
import { listConsultations } from '@/lib/services/plan/plan-consultations';
import { listSubmissions } from '@/lib/services/plan/plan-adoption';
import { planSnapshot, whereUsed } from '@/lib/services/plan/plan';
import { listActivities } from '@/lib/services/priorities/candidate-activities';
import {
  createActivity,
  gatherFromFindings,
  setAgreedPriority,
} from '@/lib/services/priorities/candidate-activity-changes';
import { priorities, setWeights } from '@/lib/services/priorities/priorities';
import { addCriterion, removeCriterion } from '@/lib/services/priorities/added-criteria-changes';
import {
  ZGroupSuggestionResponseSchema,
  ZGroupsResponseSchema,
  ZDashboardResponseSchema,
} from '@/lib/contracts/workshop';
import { ZAttendanceResponseSchema, ZSessionsResponseSchema } from '@/lib/contracts/sessions';
import { ZCitationsResponseSchema, ZReportBackResponseSchema } from '@/lib/contracts/report-back';
import { groupsOverview, suggestGroupAllocation } from '@/lib/services/workshop/group-overview';
import { computeDashboard } from '@/lib/services/workshop/dashboard';
import { citationPreviews, reportBackState } from '@/lib/services/workshop/findings';
import { listAttendance, listSessions } from '@/lib/services/workshop/sessions';
import {
  ZAnswerFlagsResponseSchema,
  ZChecklistResponseSchema,
  ZDiscussionResponseSchema,
  ZTranslationResponseSchema,
} from '@/lib/contracts/checklist';
import type { TMembership } from '@/lib/services/access/membership';
import { listAnswerFlags, setAnswerFlag } from '@/lib/services/checklist/answer-flags';
import { effectiveChecklist } from '@/lib/services/checklist/assessment-checklist';
import { assessmentChecklist } from '@/lib/services/checklist/checklist';
import { addComment, listAreaComments } from '@/lib/services/checklist/comments';
import { addEvidenceLink, listAreaEvidence } from '@/lib/services/checklist/evidence';
import {
  ZComparisonResponseSchema,
  ZEvaluationsResponseSchema,
  ZMonitoringResponseSchema,
} from '@/lib/contracts/monitoring';
import { listEvaluations } from '@/lib/services/monitoring/evaluation';
import { monitoringOverview } from '@/lib/services/monitoring/monitoring';
import { roundComparison } from '@/lib/services/monitoring/review-round';
import {
  ZActivityLogResponseSchema,
  ZDocumentLinksResponseSchema,
  ZDocumentResponseSchema,
  ZDocumentsResponseSchema,
} from '@/lib/contracts/library';
import { libraryCoverage } from '@/lib/domain/library/library-coverage';
import { activityLog } from '@/lib/services/library/activity-log';
import { documentsByTarget, listDocuments, saveReview } from '@/lib/services/library/library';
import { addDocumentLink } from '@/lib/services/library/library-files';
import { BACKGROUND_DOCUMENT_KIND_IDS } from '@/lib/idg/background-documents';
import {
  ZInvitationTokensResponseSchema,
  ZSurveyResponseSchema,
  ZSurveyResultsResponseSchema,
  ZSurveysResponseSchema,
} from '@/lib/contracts/surveys';
import { createSurvey, issueInvitations, listSurveys, setSurveyStatus } from '@/lib/services/surveys/surveys';
import { submitSurveyAnswer, surveyResults } from '@/lib/services/surveys/survey-answers';
import { ZHealthResponseSchema } from '@/lib/contracts/shared';
import { checkHealth } from '@/lib/services/shared/health';
import { ZFeedbackViewSchema, ZReportStatusSchema } from '@/lib/contracts/reports';
import { feedbackState, feedbackSummary } from '@/lib/services/reports/feedback';
import { reportStatus } from '@/lib/services/reports/report';
import { ZInvitationSchema, ZMemberSchema, ZPendingInvitationsResponseSchema } from '@/lib/contracts/accounts';
import { listMembers } from '@/lib/services/accounts/members';
import { createInvitation, listPendingInvitations } from '@/lib/services/accounts/invitations';
import { dbTargets, openMigrated } from './helpers/db-targets';

describe.each(dbTargets())('route responses against their contracts on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  let facilitator: TMembership;

  beforeAll(async () => {
    db = await openMigrated(target);
    expect(await seedDemo(db)).toBe(true);
    expect(await seedDemoWorkshop(db, new Date('2026-03-10T06:30:00.000Z'))).toBe(true);
    assessmentId = (
      await db
        .selectFrom('assessments')
        .select('id')
        .where('title', '=', DEMO_ASSESSMENT_TITLE)
        .executeTakeFirstOrThrow()
    ).id;
    const ef = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('assessment_id', '=', assessmentId)
      .where('role', '=', 'EF')
      .executeTakeFirstOrThrow();
    facilitator = { assessmentId, userId: ef.user_id, role: 'EF' };
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('GET the assessments, one assessment and its members', async () => {
    const mine = await listMyAssessments(db, facilitator.userId);
    const list = {
      assessments: mine.map((a) => ({
        id: a.id,
        title: a.title,
        administration: a.administration,
        mode: a.mode,
        myRole: a.myRole,
      })),
    };
    expect(ZAssessmentsResponseSchema.parse(list)).toEqual(list);
    const assessment = await findAssessment(db, assessmentId);
    expect(ZCreatedAssessmentResponseSchema.parse({ assessment })).toEqual({ assessment });
    const one = {
      assessment,
      myRole: facilitator.role,
      members: (await listMembers(db, assessmentId)).map((m) => ({
        userId: m.userId,
        name: m.name,
        email: m.email,
        role: m.role,
        organisation: m.organisation,
      })),
    };
    expect(ZAssessmentResponseSchema.parse(one)).toEqual(one);
  });

  it('GET priorities and activities', async () => {
    const activities = { activities: await listActivities(db, assessmentId) };
    expect(ZActivitiesResponseSchema.parse(activities)).toEqual(activities);
    const ranking = await priorities(db, assessmentId);
    expect(ZPrioritiesResponseSchema.parse(ranking)).toEqual(ranking);
  });

  it('POST gather and PUT weights', async () => {
    const gathered = await gatherFromFindings(db, facilitator);
    expect(ZGatherResponseSchema.parse(gathered)).toEqual(gathered);
    const weights = { weights: await setWeights(db, facilitator, { weights: { cost: 2 } }) };
    expect(ZWeightsResponseSchema.parse(weights)).toEqual(weights);
  });

  it('POST and DELETE an added criterion', async () => {
    const added = { criteria: await addCriterion(db, facilitator, { name: 'Visibility', description: '' }) };
    expect(ZAddedCriteriaResponseSchema.parse(added)).toEqual(added);
    const removed = { criteria: await removeCriterion(db, facilitator, added.criteria[0]!.id) };
    expect(ZAddedCriteriaResponseSchema.parse(removed)).toEqual(removed);
  });

  it('GET plan submissions and consultations', async () => {
    const submissions = { submissions: await listSubmissions(db, assessmentId) };
    expect(ZSubmissionsResponseSchema.parse(submissions)).toEqual(submissions);
    const consultations = { consultations: await listConsultations(db, assessmentId) };
    expect(ZConsultationsResponseSchema.parse(consultations)).toEqual(consultations);
  });

  it('GET where a question is used in the plan', async () => {
    const id = await createActivity(db, facilitator, {
      title: 'Publish rulings',
      description: '',
      sources: ['transparency.1'],
    });
    await setAgreedPriority(db, facilitator, id, { priority: 'high', reason: 'Asked for by traders.' });
    const used = { question: 'transparency.1', candidates: await whereUsed(db, assessmentId, 'transparency.1') };
    expect(used.candidates.map((c) => c.candidateId)).toContain(id);
    expect(ZWhereUsedResponseSchema.parse(used)).toEqual(used);
  });

  it('GET the plan', async () => {
    const activity = {
      id: 'a1',
      number: '1.1.1',
      title: 'Publish rulings',
      responsible: 'Legal unit',
      ownerId: facilitator.userId,
      target: 'All rulings online',
      resources: 'Two staff',
      budget: 1000,
      staff: 2,
      start: '2027-01-10',
      due: '2027-05-31',
      strategicLink: 'Transparency',
      kpiIds: [],
      candidateId: null,
    };
    const draft = {
      outcomes: [
        {
          id: 'o1',
          number: '1',
          title: 'Open Customs',
          objectives: [{ id: 'b1', number: '1.1', title: 'Rulings public', activities: [activity] }],
        },
      ],
      orphans: [{ id: 'x', kind: 'activity' as const, title: 'Moved away' }],
    };
    const plan = {
      draft: await planSnapshot(db, assessmentId, { draft, communication: 'Tell every office first.' }),
      versions: [],
      submissions: await listSubmissions(db, assessmentId),
    };
    expect(plan.draft.context.a1?.ownerName).toBeTruthy();
    expect(ZPlanResponseSchema.parse(plan)).toEqual(plan);
  });

  it('GET and POST KPI sheets', async () => {
    const made = { kpi: await createKpiSheet(db, facilitator, 'annex11') };
    expect(ZNewKpiSheetResponseSchema.parse(made)).toEqual(made);
    const list = { kpis: await listKpiSheets(db, assessmentId) };
    expect(list.kpis.length).toBeGreaterThan(0);
    expect(ZKpiSheetsResponseSchema.parse(list)).toEqual(list);
    const kpi = await getKpiSheet(db, assessmentId, made.kpi.id);
    const one = { kpi, missing: missingMandatoryFields(kpi) };
    expect(ZKpiSheetResponseSchema.parse(one)).toEqual(one);
  });

  it('GET the facilitators’ dashboard', async () => {
    const dashboard = await computeDashboard(db, assessmentId);
    expect(dashboard.groups.length).toBeGreaterThan(0);
    expect(ZDashboardResponseSchema.parse(dashboard)).toEqual(dashboard);
  });

  it('GET groups, suggestion, sessions, attendance and report-back', async () => {
    const overview = await groupsOverview(db, assessmentId);
    expect(overview.groups.length).toBeGreaterThan(0);
    expect(ZGroupsResponseSchema.parse(overview)).toEqual(overview);
    const suggestion = await suggestGroupAllocation(db, assessmentId);
    expect(ZGroupSuggestionResponseSchema.parse(suggestion)).toEqual(suggestion);
    const sessions = { sessions: await listSessions(db, assessmentId) };
    expect(sessions.sessions.length).toBeGreaterThan(0);
    expect(ZSessionsResponseSchema.parse(sessions)).toEqual(sessions);
    const attendance = { attendance: await listAttendance(db, sessions.sessions[0]!.id) };
    expect(ZAttendanceResponseSchema.parse(attendance)).toEqual(attendance);
    const reportBack = await reportBackState(db, assessmentId);
    expect(ZReportBackResponseSchema.parse(reportBack)).toEqual(reportBack);
    const previews = { previews: await citationPreviews(db, assessmentId, ['transparency.1', 'transparency.2']) };
    expect(ZCitationsResponseSchema.parse(previews)).toEqual(previews);
  });

  it('GET checklist, discussion, answer flags and translation', async () => {
    const checklist = await assessmentChecklist(db, assessmentId, true);
    expect(ZChecklistResponseSchema.parse(checklist)).toEqual(checklist);
    await addComment(db, assessmentId, 'transparency.2', facilitator.userId, {
      body: 'See the charter.',
      mentions: [],
    });
    await addEvidenceLink(db, assessmentId, 'transparency.2', facilitator.userId, {
      title: 'Charter',
      url: 'https://customs.example/charter',
    });
    const discussion = {
      comments: await listAreaComments(db, assessmentId, 'transparency'),
      evidence: await listAreaEvidence(db, assessmentId, 'transparency'),
    };
    expect(discussion.comments.length).toBeGreaterThan(0);
    expect(ZDiscussionResponseSchema.parse(discussion)).toEqual(discussion);
    await setAnswerFlag(db, facilitator, { questionKey: 'transparency.2', flag: 'sensitive' });
    const flags = { flags: await listAnswerFlags(db, facilitator), canFlag: true };
    expect(ZAnswerFlagsResponseSchema.parse(flags)).toEqual(flags);
    const translation = { translation: (await effectiveChecklist(db, assessmentId)).translation };
    expect(ZTranslationResponseSchema.parse(translation)).toEqual(translation);
  });

  it('GET monitoring, comparison and evaluations', async () => {
    const monitoring = await monitoringOverview(db, assessmentId);
    expect(ZMonitoringResponseSchema.parse(monitoring)).toEqual(monitoring);
    const comparison = await roundComparison(db, assessmentId);
    expect(ZComparisonResponseSchema.parse(comparison)).toEqual(comparison);
    const evaluations = { evaluations: await listEvaluations(db, assessmentId) };
    expect(ZEvaluationsResponseSchema.parse(evaluations)).toEqual(evaluations);
  });

  it('POST a link, PUT its review, GET the links by question', async () => {
    const added = await addDocumentLink(db, facilitator, {
      title: 'Code of conduct',
      category: BACKGROUND_DOCUMENT_KIND_IDS[0],
      visibility: 'members',
      readerIds: [],
      url: 'https://example.org/code',
    });
    const reviewed = {
      document: await saveReview(db, facilitator, added.id, { summary: 'Signed yearly.', targets: ['transparency.1'] }),
    };
    expect(ZDocumentResponseSchema.parse(reviewed)).toEqual(reviewed);
    const links = { byTarget: await documentsByTarget(db, facilitator, 'transparency') };
    expect(links.byTarget['transparency.1']).toHaveLength(1);
    expect(ZDocumentLinksResponseSchema.parse(links)).toEqual(links);
  });

  it('GET documents and the activity log', async () => {
    const documents = await listDocuments(db, facilitator);
    const library = { documents, coverage: libraryCoverage(documents) };
    expect(ZDocumentsResponseSchema.parse(library)).toEqual(library);
    const log = { entries: await activityLog(db, assessmentId) };
    expect(ZActivityLogResponseSchema.parse(log)).toEqual(log);
  });

  it('GET feedback and the report status', async () => {
    const state = await feedbackState(db, assessmentId, facilitator.userId);
    const view = { ...state, summary: await feedbackSummary(db, assessmentId, true) };
    expect(ZFeedbackViewSchema.parse(view)).toEqual(view);
    expect(ZFeedbackViewSchema.parse(state)).toEqual(state);
    const status = await reportStatus(db, facilitator);
    expect(ZReportStatusSchema.parse(status)).toEqual(status);
  });

  it('GET members and pending invitations', async () => {
    const members = await listMembers(db, assessmentId);
    expect(members.length).toBeGreaterThan(1);
    expect(ZMemberSchema.array().parse(members)).toEqual(members);
    const invitation = ZInvitationSchema.parse({ email: 'new.contributor@example.test', role: 'IC' });
    await createInvitation(db, assessmentId, facilitator, invitation);
    const pending = { invitations: await listPendingInvitations(db, assessmentId) };
    expect(pending.invitations.map((i) => i.email)).toContain('new.contributor@example.test');
    expect(ZPendingInvitationsResponseSchema.parse(pending)).toEqual(pending);
  });

  it('GET and POST surveys', async () => {
    const created = { survey: await createSurvey(db, facilitator, 'staff') };
    expect(ZSurveyResponseSchema.parse(created)).toEqual(created);
    const listed = { surveys: await listSurveys(db, facilitator) };
    expect(listed.surveys.length).toBeGreaterThan(0);
    expect(ZSurveysResponseSchema.parse(listed)).toEqual(listed);
  });

  it('POST invitations, PUT the status and GET the results of a survey', async () => {
    const { id } = await createSurvey(db, facilitator, 'staff');
    const invitations = { tokens: await issueInvitations(db, facilitator, id, 2) };
    expect(ZInvitationTokensResponseSchema.parse(invitations)).toEqual(invitations);
    const opened = { survey: await setSurveyStatus(db, facilitator, id, 'open') };
    expect(ZSurveyResponseSchema.parse(opened)).toEqual(opened);
    // Six at headquarters, five at the airport, two at a border post: a breakdown with groups shown and hidden.
    for (const unit of [0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 2, 2])
      await submitSurveyAnswer(
        db,
        opened.survey.publicToken!,
        { unit, leadership: 4, measure: 'More rotation.' },
        undefined,
      );
    const results = { results: await surveyResults(db, facilitator, id) };
    const groups = results.results.breakdowns.flatMap((b) => b.groups);
    expect(groups.map((g) => g.hidden)).toEqual(expect.arrayContaining([true, false]));
    expect(results.results.questions.map((q) => q.type)).toEqual(expect.arrayContaining(['single', 'scale', 'text']));
    expect(ZSurveyResultsResponseSchema.parse(results)).toEqual(results);
  });

  it('GET the health check', async () => {
    const alone = await checkHealth(db);
    expect(alone).toEqual({ status: 'ok', db: 'ok' });
    expect(ZHealthResponseSchema.parse(alone)).toEqual(alone);
    const scaled = await checkHealth(db, () => 'down');
    expect(ZHealthResponseSchema.parse(scaled)).toEqual(scaled);
  });
});
