// Database statements per request on the busiest routes, against the demo workshop.
// `npm run bench:queries`; the last line printed is one JSON object: for each route, the
// statements its services send (`queries`). The parent seeds a temporary SQLite database as
// `npm run demo` does and counts through lib/db/query-count.ts. What every request shares (the
// session and the membership check of lib/auth/page-guard.ts and lib/api/route.ts) is left out:
// the numbers are what each route itself reads. Gathering runs once on the seeded findings
// (every finding new) and once more (every finding gathered before).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDb, type TDb } from '../lib/db/client';
import { countQueries } from '../lib/db/query-count';
import { findMembership } from '../lib/services/access/membership';
import { listMembers, memberNames } from '../lib/services/accounts/members';
import { findAssessment } from '../lib/services/assessments/assessments';
import { DEMO_ASSESSMENT_TITLE, DEMO_USERS, seedDemo } from '../lib/services/assessments/demo-seed';
import { seedDemoWorkshop } from '../lib/services/assessments/demo-workshop';
import { listStepActivities } from '../lib/services/assessments/step-activities';
import { effectiveChecklist } from '../lib/services/checklist/assessment-checklist';
import { monitoringOverview } from '../lib/services/monitoring/monitoring';
import { listKpiSheets } from '../lib/services/plan/kpi';
import { agreedActivities } from '../lib/services/plan/plan';
import { listSubmissions, possibleApprovers } from '../lib/services/plan/plan-adoption';
import { listConsultations } from '../lib/services/plan/plan-consultations';
import { loadReportData } from '../lib/services/reports/report-data';
import { listActivities } from '../lib/services/priorities/candidate-activities';
import { gatherFromFindings } from '../lib/services/priorities/candidate-activity-changes';
import { priorities } from '../lib/services/priorities/priorities';
import { checklistProgress, dashboardWithProgress } from '../lib/services/workshop/dashboard';
import { groupsOverview } from '../lib/services/workshop/group-overview';

type TRoute = { name: string; run: (db: TDb) => Promise<unknown> };

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-bench-queries-'));
  const raw = openDb({ sqliteFile: path.join(dir, 'bench.sqlite') });
  try {
    await migrate(raw);
    if (!(await seedDemo(raw)) || !(await seedDemoWorkshop(raw))) throw new Error('the demo was not seeded');
    const { id } = await raw
      .selectFrom('assessments')
      .select('id')
      .where('title', '=', DEMO_ASSESSMENT_TITLE)
      .executeTakeFirstOrThrow();
    const facilitator = await raw
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO_USERS[0]!.email)
      .executeTakeFirstOrThrow();
    const actor = (await findMembership(raw, id, facilitator.id))!;
    // Each page as its layout (the assessment's header) and the page itself read it.
    const routes: TRoute[] = [
      {
        name: 'overview page',
        run: (db) =>
          Promise.all([
            findAssessment(db, id),
            findAssessment(db, id),
            listStepActivities(db, id),
            listMembers(db, id),
          ]),
      },
      {
        name: 'checklist page',
        run: async (db) => [
          await findAssessment(db, id),
          await checklistProgress(db, id, await effectiveChecklist(db, id)),
        ],
      },
      {
        name: 'dashboard page',
        run: (db) => Promise.all([findAssessment(db, id), dashboardWithProgress(db, id), monitoringOverview(db, id)]),
      },
      { name: 'groups page', run: (db) => Promise.all([findAssessment(db, id), groupsOverview(db, id)]) },
      {
        name: 'plan page',
        run: (db) =>
          Promise.all([
            findAssessment(db, id),
            memberNames(db, id),
            listKpiSheets(db, id),
            agreedActivities(db, id),
            listConsultations(db, id),
            listSubmissions(db, id),
            possibleApprovers(db, id),
          ]),
      },
      {
        name: 'priorities page',
        run: async (db) => [await findAssessment(db, id), await priorities(db, id, await listActivities(db, id))],
      },
      { name: 'report data (exports)', run: (db) => loadReportData(db, id) },
      { name: 'gather activities (new findings)', run: (db) => gatherFromFindings(db, actor) },
      { name: 'gather activities (gathered before)', run: (db) => gatherFromFindings(db, actor) },
    ];
    const results: Record<string, { queries: number }> = {};
    for (const route of routes) {
      const counted = countQueries(raw);
      await route.run(counted.db);
      results[route.name] = { queries: counted.count() };
      console.log(`${route.name}: ${counted.count()} queries`);
    }
    console.log(JSON.stringify({ routes: results }));
  } finally {
    await raw.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
