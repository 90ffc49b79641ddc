import crypto from 'node:crypto';
import type { BrowserContext } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS, signIn, test } from './fixtures';
import {
  answerTogether,
  attendanceRecorded,
  commentWithMention,
  endBreakouts,
  scheduleSession,
  startBreakouts,
  writeFindings,
} from './journey/assess';
import { AREA_A, AREA_B, type TCast } from './journey/cast';
import { createAssessment, formGroups, inviteAndJoin } from './journey/prepare';
import { exportAndReadBack, postProgress, recordMeasurement, reviewRound } from './journey/monitor';
import { buildPlan, recordEndorsement, submitAndAdopt, writeKpiSheet } from './journey/plan';
import { agreePriorities, gather, rateAndReveal } from './journey/prioritise';
import { endReportBack, presentGroup } from './journey/report-back';

// The whole workshop, as its people do it, in the browser only: after each person signs in, no
// step uses the API or the database. Every hand-off one person makes is checked on the screen of
// the person it reaches. Runs alone (playwright.config.ts, project "journey"), on a fresh
// assessment of its own, so a retry starts clean.

test('the whole workshop, from the first session to the review round', async ({ browser, baseURL, createUser }) => {
  const tag = crypto.randomBytes(3).toString('hex');
  const title = `Journey ${tag}`;
  const newcomer = await createUser({ name: `Chidi Contributor ${tag}` });

  const contexts: BrowserContext[] = [];
  const open = async (email: string, password = DEMO_PASSWORD) => {
    const context = await browser.newContext({ baseURL });
    contexts.push(context);
    await signIn(context, email, password);
    return context.newPage();
  };
  const cast: TCast = {
    facilitator: await open(DEMO_USERS.facilitator),
    rapporteurA: await open(DEMO_USERS.contributor),
    contributorA: await open(DEMO_USERS.externalContributor),
    rapporteurB: await open(DEMO_USERS.contributor2),
    contributorB: await open(newcomer.email, newcomer.password),
    senior: await open(DEMO_USERS.senior),
    observer: await open(DEMO_USERS.observer),
  };

  try {
    let assessmentId = '';
    await test.step('prepare: create the assessment, invite the working group, form the groups', async () => {
      assessmentId = await createAssessment(cast.facilitator, title);
      await inviteAndJoin(cast.facilitator, assessmentId, title, [
        { page: cast.rapporteurA, email: DEMO_USERS.contributor, role: 'Internal contributor (IC)' },
        { page: cast.contributorA, email: DEMO_USERS.externalContributor, role: 'External contributor (XC)' },
        { page: cast.rapporteurB, email: DEMO_USERS.contributor2, role: 'Internal contributor (IC)' },
        { page: cast.contributorB, email: newcomer.email, role: 'Internal contributor (IC)' },
        { page: cast.senior, email: DEMO_USERS.senior, role: 'Senior management (SM)' },
        { page: cast.observer, email: DEMO_USERS.observer, role: 'Observer (OBS)' },
      ]);
      await formGroups(cast, assessmentId, {
        a: ['Ana Contributor', 'Tomás Trader'],
        b: ['Ben Contributor', newcomer.name],
      });
    });

    await test.step('assess: a session, breakouts, answers written together, a mention, each group’s findings', async () => {
      await scheduleSession(cast, assessmentId, `Workshop day ${tag}`);
      await startBreakouts(cast, assessmentId);
      await answerTogether(cast, {
        a1: `Tariff rulings are published on the website within ten days ${tag}.`,
        a2: `Advance rulings are not yet published ${tag}.`,
        b1: `The code of conduct is signed on entry but never revisited ${tag}.`,
      });
      await commentWithMention(cast, `Tomás, do brokers find the rulings they need? ${tag}`);
      await writeFindings(
        cast.rapporteurA,
        cast.contributorA,
        assessmentId,
        'Group A',
        {
          strength: `Rulings are published promptly ${tag}`,
          weakness: `Advance rulings stay unpublished ${tag}`,
          activity: `Publish all advance rulings online ${tag}`,
        },
        `${AREA_A.id}.1`,
      );
      await writeFindings(
        cast.rapporteurB,
        cast.contributorB,
        assessmentId,
        'Group B',
        {
          strength: `Every officer signs the code on entry ${tag}`,
          weakness: `The code is never revisited after entry ${tag}`,
          activity: `Yearly code of conduct refresher for all staff ${tag}`,
        },
        `${AREA_B.id}.1`,
      );
      await endBreakouts(cast, assessmentId);
      await attendanceRecorded(cast.facilitator, assessmentId, `Workshop day ${tag}`, [
        'Fatima External',
        'Ana Contributor',
        'Tomás Trader',
        'Ben Contributor',
        newcomer.name,
        'Sara Senior',
        'Olga Observer',
      ]);
    });

    await test.step('report-back: each rapporteur presents, everyone follows, the plenary agrees and disputes', async () => {
      await presentGroup(
        cast,
        assessmentId,
        { name: 'Group A', rapporteur: cast.rapporteurA, rapporteurName: 'Ana Contributor' },
        {
          activity: `Publish all advance rulings online ${tag}`,
          other: `Rulings are published promptly ${tag}`,
          otherOutcome: 'Agreed',
        },
      );
      await presentGroup(
        cast,
        assessmentId,
        { name: 'Group B', rapporteur: cast.rapporteurB, rapporteurName: 'Ben Contributor' },
        {
          activity: `Yearly code of conduct refresher for all staff ${tag}`,
          other: `Every officer signs the code on entry ${tag}`,
          otherOutcome: 'Disputed',
        },
      );
      await endReportBack(cast);
    });

    const activityA = `Publish all advance rulings online ${tag}`;
    const activityB = `Yearly code of conduct refresher for all staff ${tag}`;
    await test.step('prioritise: gather from findings, rate on the eight criteria, reveal, agree', async () => {
      await gather(cast, assessmentId, [
        { title: activityA, source: `${AREA_A.id}.1` },
        { title: activityB, source: `${AREA_B.id}.1` },
      ]);
      await rateAndReveal(cast, assessmentId, activityA, activityB);
      await agreePriorities(cast, [
        {
          title: activityA,
          priority: 'high',
          label: 'High',
          reason: 'Rated high on importance and impact by all three.',
        },
        { title: activityB, priority: 'medium', label: 'Medium', reason: 'Easy to do, less urgent.' },
      ]);
    });

    await test.step('plan: KPI sheet, outcome, objective, activities with the Annex 9 columns; adopted, endorsed', async () => {
      await writeKpiSheet(cast.facilitator, assessmentId);
      await buildPlan(
        cast,
        assessmentId,
        {
          outcome: `Clients can rely on published rulings ${tag}`,
          objective: `Publish 100% of advance rulings within 30 days by the end of 2027 ${tag}`,
          second: activityB,
        },
        {
          title: activityA,
          responsible: 'Tariff and Valuation Directorate',
          owner: 'Ana Contributor',
          target: '100% of advance rulings online',
          strategicLink: 'Strategic plan 2026-2030, pillar 2',
          resources: 'Website team, two analysts',
          budget: '15000',
          staff: '6',
          start: '2027-01-04',
          due: '2027-12-17',
          timeline: 'Q1 2027 – Q4 2027 (2027-01-04 to 2027-12-17)',
        },
      );
      await submitAndAdopt(cast, assessmentId, 'National anti-corruption strategy 2025, section 4');
      await recordEndorsement(cast, assessmentId, `Endorsed at the cabinet meeting ${tag}`);
    });

    await test.step('monitor, report and review: an update, a measurement, the exports, the review round', async () => {
      await postProgress(cast, assessmentId, `Drafting the publication workflow ${tag}`);
      await recordMeasurement(cast.facilitator, assessmentId, '2027-Q1', '4');
      await exportAndReadBack(cast.facilitator, assessmentId, activityA);
      await reviewRound(cast, assessmentId, `Journey ${tag}, second round`);
    });
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
