// Perception surveys through their services, on every database: anonymous answers that store
// nothing identifying, one answer per invitation, breakdowns hiding groups under the threshold,
// results filed in the library.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import { MIN_GROUP_ANSWERS } from '@/lib/domain/surveys/anonymity';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { readDocumentFile } from '@/lib/services/library/library-files';
import type { TMembership } from '@/lib/services/access/membership';
import { findPublicSurvey, submitSurveyAnswer, surveyResults } from '@/lib/services/surveys/survey-answers';
import { attachSurveyToLibrary, recordSurveyAsKpi } from '@/lib/services/surveys/survey-kpi';
import {
  createSurvey,
  getSurvey,
  issueInvitations,
  listSurveys,
  setSurveyStatus,
  updateSurvey,
} from '@/lib/services/surveys/surveys';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-surveys-'));

describe.each(dbTargets())('perception surveys on $name', (target) => {
  let db: TDb;
  let ef: TMembership;
  let ic: TMembership;

  beforeAll(async () => {
    db = await openMigrated(target);
    const efId = await createUser(db, { email: 'ef@survey.example', name: 'Eve', password: null });
    const assessmentId = (
      await createAssessment(db, efId, {
        administration: 'C',
        country: 'X',
        title: 'Surveys',
        scope: 'targeted',
        areas: ['transparency'],
        mode: 2,
        plannedStart: null,
        plannedEnd: null,
        timeZone: 'UTC',
        creatorRole: 'EF',
      })
    ).id;
    ef = { assessmentId, userId: efId, role: 'EF' };
    const icId = await createUser(db, { email: 'ic@survey.example', name: 'Ana', password: null });
    await db
      .insertInto('memberships')
      .values({
        assessment_id: assessmentId,
        user_id: icId,
        role: 'IC',
        organisation: null,
        organisation_type: null,
        expertise: null,
        gender: null,
        joined_at: new Date().toISOString(),
      })
      .execute();
    ic = { assessmentId, userId: icId, role: 'IC' };
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('builds from the staff template, lets only facilitators manage, and answers only while open', async () => {
    await expect(createSurvey(db, ic, 'staff')).rejects.toMatchObject({ status: 403 });
    const survey = await createSurvey(db, ef, 'staff');
    expect(survey.questions.filter((q) => q.type === 'single' && q.grouping).map((q) => q.id)).toEqual([
      'unit',
      'gender',
      'service',
    ]);
    expect(survey.publicToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await getSurvey(db, ic, survey.id)).publicToken).toBeNull();
    await expect(submitSurveyAnswer(db, survey.publicToken!, { leadership: 4 }, undefined)).rejects.toMatchObject({
      status: 409,
    });
    await setSurveyStatus(db, ef, survey.id, 'open');
    await expect(updateSurvey(db, ef, survey.id, { ...survey, title: 'Changed' })).rejects.toMatchObject({
      status: 409,
    });
    expect(await findPublicSurvey(db, 'not-a-real-token-at-all-xxxxxxxx')).toBeNull();
  });

  it('stores an anonymous answer with nothing that identifies the respondent', async () => {
    const [survey] = await listSurveys(db, ef);
    await submitSurveyAnswer(
      db,
      survey!.publicToken!,
      { unit: 0, gender: 1, leadership: 4, measure: 'More rotation.' },
      undefined,
    );
    const rows = await db.selectFrom('survey_responses').selectAll().where('survey_id', '=', survey!.id).execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    // Exactly these columns: a random id, the survey, the answers, and the day.
    expect(Object.keys(row).sort()).toEqual(['answered_on', 'answers', 'id', 'survey_id']);
    expect(row.answered_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.parse(row.answers)).toEqual({ unit: 0, gender: 1, leadership: 4, measure: 'More rotation.' });
    // No user, address or browser anywhere in the row, nor in the audit log.
    const audit = await db.selectFrom('audit_log').select(['action', 'detail']).execute();
    expect(audit.some((a) => a.action.startsWith('survey.answer'))).toBe(false);
    expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|Mozilla|@survey\.example/);
  });

  it('refuses invalid answers with errors per question, storing nothing', async () => {
    const [survey] = await listSurveys(db, ef);
    const before = (await getSurvey(db, ef, survey!.id)).answers;
    await expect(submitSurveyAnswer(db, survey!.publicToken!, { leadership: 9 }, undefined)).rejects.toMatchObject({
      status: 400,
      fieldErrors: { leadership: ['Choose a point from 1 to 5.'] },
    });
    await expect(submitSurveyAnswer(db, survey!.publicToken!, { nope: 1 }, undefined)).rejects.toMatchObject({
      status: 400,
    });
    expect((await getSurvey(db, ef, survey!.id)).answers).toBe(before);
  });

  it(`hides a breakdown group with fewer than ${MIN_GROUP_ANSWERS} answers`, async () => {
    const [survey] = await listSurveys(db, ef);
    // Headquarters: 1 (from before) + 5 = 6; Airport: 5; Border post: 2.
    for (let i = 0; i < 5; i++)
      await submitSurveyAnswer(db, survey!.publicToken!, { unit: 0, gender: 0, leadership: 5 }, undefined);
    for (let i = 0; i < 5; i++)
      await submitSurveyAnswer(db, survey!.publicToken!, { unit: 4, gender: 0, leadership: 3 }, undefined);
    for (let i = 0; i < 2; i++)
      await submitSurveyAnswer(db, survey!.publicToken!, { unit: 2, gender: 0, leadership: 1 }, undefined);
    const results = await surveyResults(db, ic, survey!.id);
    expect(results.total).toBe(13);
    const byUnit = results.breakdowns.find((b) => b.questionId === 'unit')!;
    // Border post is under the threshold; Airport, the smallest other group, is hidden too, or
    // Border post's answers could be worked out as the total minus the groups shown.
    expect(byUnit.groups.map((g) => [g.label, g.answers, g.hidden])).toEqual([
      ['Headquarters', 6, false],
      ['Border post', null, true],
      ['Airport', null, true],
    ]);
    const border = byUnit.groups[1]!;
    expect('results' in border).toBe(false);
    const hq = byUnit.groups[0]!;
    expect(!hq.hidden && hq.results.find((r) => r.id === 'leadership')).toMatchObject({ answered: 6 });
    // By gender: 12 men, 1 woman. The woman's group is hidden, and so is the only other group,
    // or her answers could be worked out from the total.
    const byGender = results.breakdowns.find((b) => b.questionId === 'gender')!;
    expect(byGender.groups.every((g) => g.hidden)).toBe(true);
  });

  it('accepts one answer per invitation token and keeps only its hash and a used flag', async () => {
    const draft = await createSurvey(db, ef, 'clients');
    await updateSurvey(db, ef, draft.id, { ...draft, invitationOnly: true });
    const [token] = await issueInvitations(db, ef, draft.id, 3);
    await setSurveyStatus(db, ef, draft.id, 'open');
    const link = (await getSurvey(db, ef, draft.id)).publicToken!;
    await expect(submitSurveyAnswer(db, link, { clarity: 3 }, undefined)).rejects.toMatchObject({ status: 403 });
    await submitSurveyAnswer(db, link, { clarity: 3 }, token);
    await expect(submitSurveyAnswer(db, link, { clarity: 4 }, token)).rejects.toMatchObject({ status: 403 });
    const invites = await db.selectFrom('survey_invitations').selectAll().where('survey_id', '=', draft.id).execute();
    expect(Object.keys(invites[0]!).sort()).toEqual(['survey_id', 'token_hash', 'used']);
    expect(invites.some((i) => i.token_hash === token)).toBe(false);
    expect(invites.filter((i) => Number(i.used) === 1)).toHaveLength(1);
    expect((await getSurvey(db, ef, draft.id)).invitations).toEqual({ issued: 3, used: 1 });
    await setSurveyStatus(db, ef, draft.id, 'closed');
    await expect(submitSurveyAnswer(db, link, { clarity: 4 }, undefined)).rejects.toMatchObject({ status: 409 });
  });

  it('files the results in the library without free text or small groups', async () => {
    const [survey] = await listSurveys(db, ef);
    const doc = await attachSurveyToLibrary(db, ef, survey!.id);
    expect(doc).toMatchObject({ category: 'data-surveys', surveyId: survey!.id, kind: 'file' });
    const csv = (await readDocumentFile(db, ef.assessmentId, ic.userId, doc.id)).bytes.toString('utf8');
    expect(csv).toContain('Headquarters (6)');
    expect(csv).not.toContain('Border post (2)');
    expect(csv).not.toContain('More rotation.');
  });

  it('records a result as a KPI measurement only against an adopted plan', async () => {
    const [survey] = await listSurveys(db, ef);
    await expect(
      recordSurveyAsKpi(db, ic, survey!.id, {
        kpiId: crypto.randomUUID(),
        questionId: 'leadership',
        options: [],
        period: '2026',
        groupBy: null,
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      recordSurveyAsKpi(db, ef, survey!.id, {
        kpiId: crypto.randomUUID(),
        questionId: 'measure',
        options: [],
        period: '2026',
        groupBy: null,
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      recordSurveyAsKpi(db, ef, survey!.id, {
        kpiId: crypto.randomUUID(),
        questionId: 'leadership',
        options: [],
        period: '2026',
        groupBy: null,
      }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
