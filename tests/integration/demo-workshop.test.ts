// `npm run demo`'s workshop in mid-flight (base seed + seedDemoWorkshop), read back through the
// app's own services on every database: today's session and agenda, answers and evaluations in
// both groups' areas, findings whose proposed activities cite answered questions, no outcomes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName, formatDocName } from '@/lib/collab/doc-names';
import { readFindings } from '@/lib/collab/findings-layout';
import { fragmentText } from '@/lib/collab/fragment-text';
import { answerFragmentName } from '@/lib/collab/layout';
import { loadPersistedDoc } from '@/lib/collab/persisted-doc';
import type { TDb } from '@/lib/db/client';
import { utcToZonedInputs, wallClock } from '@/lib/domain/time/time-zones';
import { findAssessment } from '@/lib/services/assessments/assessments';
import { assessmentChecklist } from '@/lib/services/checklist/checklist';
import { DEMO_ASSESSMENT_TITLE, seedDemo } from '@/lib/services/assessments/demo-seed';
import { seedDemoWorkshop } from '@/lib/services/assessments/demo-workshop';
import { citationPreviews, reportBackState } from '@/lib/services/workshop/findings';
import { groupsOverview } from '@/lib/services/workshop/group-overview';
import type { TGroup } from '@/lib/contracts/workshop';
import { listSessions } from '@/lib/services/workshop/sessions';
import { listStepActivities } from '@/lib/services/assessments/step-activities';
import { dbTargets, openMigrated } from './helpers/db-targets';

const ZONE = 'Africa/Nairobi';
const NOW = new Date('2026-03-10T06:30:00.000Z');

describe.each(dbTargets())('the demo workshop in mid-flight on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  let groups: TGroup[];

  beforeAll(async () => {
    db = await openMigrated(target);
    expect(await seedDemo(db)).toBe(true);
    expect(await seedDemoWorkshop(db, NOW)).toBe(true);
    assessmentId = (
      await db
        .selectFrom('assessments')
        .select('id')
        .where('title', '=', DEMO_ASSESSMENT_TITLE)
        .executeTakeFirstOrThrow()
    ).id;
    groups = (await groupsOverview(db, assessmentId)).groups;
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('schedules one session today at 14:00 in the assessment’s time zone, with an agenda of Annex 4 activities and areas', async () => {
    const sessions = await listSessions(db, assessmentId);
    expect(sessions).toHaveLength(1);
    const [session] = sessions;
    expect(utcToZonedInputs(session!.startsAt, ZONE)).toEqual({
      date: utcToZonedInputs(NOW.getTime(), ZONE).date,
      time: '14:00',
    });
    expect(wallClock(new Date(session!.endsAt).getTime(), ZONE).hour).toBeGreaterThan(14);
    expect(session!.agenda.length).toBeGreaterThanOrEqual(4);
    expect(session!.agenda.some((item) => item.activityCode === '5.3' && item.areaId)).toBe(true);
    expect(session!.agenda.some((item) => item.activityCode === '5.4')).toBe(true);
  });

  it('gives the session a run of show: a breakout with a timer, each group’s report-back, a rating round', async () => {
    const [session] = await listSessions(db, assessmentId);
    const agenda = session!.agenda;
    expect(agenda.map((i) => i.kind)).toEqual([
      'plenary',
      'breakout',
      'break',
      'report-back',
      'report-back',
      'rating',
      'plenary',
    ]);
    expect(agenda.find((i) => i.kind === 'breakout')?.timerMinutes).toBeGreaterThan(0);
    expect(agenda.filter((i) => i.kind === 'report-back').map((i) => i.groupId)).toEqual(groups.map((g) => g.id));
    expect(agenda.reduce((n, i) => n + (i.durationMinutes ?? 0), 0)).toBe(session!.durationMinutes);
  });

  it('shows the assessment in step 5 of a planned period around today: earlier activities done, 5.3 in progress, the report-back not started', async () => {
    const { plannedStart, plannedEnd } = (await findAssessment(db, assessmentId))!;
    const today = utcToZonedInputs(NOW.getTime(), ZONE).date;
    expect([plannedStart! < today, today < plannedEnd!]).toEqual([true, true]);
    const steps = await listStepActivities(db, assessmentId);
    expect(steps.get('4.5')?.status).toBe('done');
    expect(steps.get('5.3')?.status).toBe('in-progress');
    expect(steps.get('5.4')?.status).toBe('to-do');
  });

  it('has answers and evaluations in both groups’ areas, a few hundred words in all', async () => {
    const { questions } = await assessmentChecklist(db, assessmentId);
    const answered = questions.filter((q) => q.answer.length > 0);
    for (const group of groups) {
      const areas = new Set(group.areas.map((a) => a.id));
      const ours = answered.filter((q) => areas.has(q.area.id));
      expect(ours.length, group.name).toBeGreaterThanOrEqual(5);
      expect(ours.filter((q) => q.status !== null).length, group.name).toBeGreaterThanOrEqual(4);
    }
    const words = answered.reduce((n, q) => n + q.answer.split(/\s+/).length, 0);
    expect(words).toBeGreaterThan(300);
    // A bulleted answer reads back as its lines, and ends with the paragraph the editor would add.
    expect(questions.find((q) => q.key === 'automation.9')?.answer).toContain('\nduties are still paid in cash');
    const automation = await loadPersistedDoc(db, factorDocName(assessmentId, 'automation'));
    const last = automation.getXmlFragment(answerFragmentName('automation.9')).toArray().at(-1);
    expect(last instanceof Y.XmlElement && last.nodeName).toBe('paragraph');
    automation.destroy();
  });

  it('gives each group strengths, weaknesses and proposed activities that cite answered questions', async () => {
    for (const group of groups) {
      const doc = await loadPersistedDoc(db, formatDocName({ kind: 'group', assessmentId, groupId: group.id }));
      const findings = readFindings(doc);
      expect(findings.strengths.length, group.name).toBeGreaterThan(0);
      expect(findings.weaknesses.length, group.name).toBeGreaterThan(0);
      expect(findings.activities.length, group.name).toBeGreaterThan(0);
      for (const activity of findings.activities) {
        expect(activity.createdBy.id).toBe(group.rapporteur?.id);
        expect(fragmentText(doc.getXmlFragment(`finding:${activity.id}`)).length).toBeGreaterThan(20);
        expect(activity.citations.length).toBeGreaterThan(0);
        const previews = await citationPreviews(db, assessmentId, activity.citations);
        for (const p of previews) expect(p.text.length, p.key).toBeGreaterThan(0);
      }
      doc.destroy();
    }
  });

  it('leaves the report-back to do: no outcomes, no comments', async () => {
    expect(await reportBackState(db, assessmentId)).toEqual({ outcomes: [], comments: [] });
  });

  it('seeds only once', async () => {
    expect(await seedDemo(db)).toBe(false);
    expect(await seedDemoWorkshop(db, NOW)).toBe(false);
    expect(await listSessions(db, assessmentId)).toHaveLength(1);
  });
});
