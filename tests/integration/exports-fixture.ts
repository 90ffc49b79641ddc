// A fully answered assessment for the export tests and bench/export.ts: every in-scope answer in
// rich text (headings, lists, bold, italic, links), evaluations, sensitive flags, sessions with
// attendance, agreed priorities, a plan with KPI sheets, the report narrative, the terms of
// reference and feedback, all persisted as the sync server would have left them.
import * as Y from 'yjs';
import { factorDocName, formatDocName } from '@/lib/collab/doc-names';
import { addCitation, addFinding, findingFragmentName } from '@/lib/collab/findings-layout';
import { ANSWER_STATUSES, STATUS_MAP, answerFragmentName } from '@/lib/collab/layout';
import { addPlanRow, planTextName, setPlanField, setPlanKpi } from '@/lib/collab/plan-layout';
import { REPORT_SECTIONS, TOR_FIELDS, reportSectionFragmentName, torTextName } from '@/lib/collab/report-layout';
import type { TDb } from '@/lib/db/client';
import { annex11Example } from '@/lib/domain/plan/kpi-sheet';
import type { TRole } from '@/lib/domain/access/roles';
import { checklistAreas } from '@/lib/idg/checklist';
import { addActivityEntry } from '@/lib/services/library/activity-log';
import { setAnswerFlag } from '@/lib/services/checklist/answer-flags';
import { addQuestion } from '@/lib/services/checklist/checklist-adaptation';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { setFeedbackSettings, submitFeedback } from '@/lib/services/reports/feedback';
import { createKpiSheet, updateKpiSheet } from '@/lib/services/plan/kpi';
import type { TMembership } from '@/lib/services/access/membership';
import { createSession } from '@/lib/services/workshop/sessions';
import { createUser } from '@/lib/services/accounts/users';

export const PEOPLE = [
  { key: 'ef', name: 'Fay Okafor', role: 'EF' },
  { key: 'ana', name: 'Ana Pérez', role: 'IC' },
  { key: 'sam', name: 'Samuel Lindqvist', role: 'SM' },
  { key: 'obs', name: 'Otto Brandt', role: 'OBS' },
] as const satisfies readonly { key: string; name: string; role: TRole }[];
export type TPersonKey = (typeof PEOPLE)[number]['key'];

/** What user text the fixture plants, so tests can look for it. */
export const INJECTIONS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{7*7}}'];
export const SENSITIVE_TEXT = 'SECRET-informant-network-details';
/** The question the administration added to the first area (its label A1), and the logged interview. */
export const ADDED_QUESTION = 'Do regional offices publish their own rulings register?';
export const LOGGED_ACTIVITY = 'Interview with the declarations unit';
/** Someone interviewed without an account, named only in the log's free text. */
export const INTERVIEWEE = 'Quentin Marlowe';

const WORDS =
  'integrity officers declare assets annually and the unit reviews every declaration against payroll records while managers rotate staff'.split(
    ' ',
  );
function words(n: number, seed: number): string {
  return Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(' ');
}

function text(s: string, attrs?: Record<string, unknown>): Y.XmlText {
  const t = new Y.XmlText();
  t.insert(0, s, attrs);
  return t;
}
function el(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs: Record<string, string> = {}): Y.XmlElement {
  const e = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.insert(0, children);
  return e;
}

/** Writes Tiptap-shaped rich text into a fragment: a heading, a marked paragraph, lists, and `body`. */
export function writeRichText(fragment: Y.XmlFragment, body: string, extra = ''): void {
  fragment.insert(0, [
    el('heading', [text('Current practice')], { level: '2' }),
    el('paragraph', [
      text('We have a ', {}),
      text('bold', { bold: {} }),
      text(' and ', {}),
      text('italic', { italic: {} }),
      text(' point, see ', {}),
      text('the code', { link: { href: 'https://example.org/code' } }),
      text('.', {}),
    ]),
    el('bulletList', [
      el('listItem', [el('paragraph', [text('First bullet')])]),
      el('listItem', [el('paragraph', [text('Second bullet')])]),
    ]),
    el('orderedList', [
      el('listItem', [el('paragraph', [text('Step one')])]),
      el('listItem', [el('paragraph', [text('Step two')])]),
    ]),
    el('paragraph', [text(`${body}${extra ? ` ${extra}` : ''}`)]),
  ]);
}

async function persist(db: TDb, name: string, doc: Y.Doc): Promise<void> {
  await db
    .insertInto('yjs_documents')
    .values({ name, state: Buffer.from(Y.encodeStateAsUpdate(doc)), updated_at: new Date().toISOString() })
    .execute();
}

export type TFixture = {
  assessmentId: string;
  members: Record<TPersonKey, TMembership>;
  questions: number;
  addedKey: string;
};

/** Creates and persists the whole fixture; `areas` null means every area (comprehensive). */
export async function buildExportFixture(
  db: TDb,
  opts: { areas: string[] | null; wordsPerAnswer: number; planActivities: number },
): Promise<TFixture> {
  const ids = {} as Record<TPersonKey, string>;
  for (const p of PEOPLE)
    ids[p.key] = await createUser(db, {
      email: `${p.key}-${Math.random().toString(36).slice(2)}@test.example`,
      name: p.name,
      password: null,
    });
  const assessment = await createAssessment(db, ids.ef, {
    administration: 'Customs of Testland',
    country: 'Testland',
    title: 'IDG 2026',
    scope: opts.areas ? 'targeted' : 'comprehensive',
    areas: opts.areas ?? checklistAreas.map((a) => a.id),
    mode: 2,
    plannedStart: null,
    plannedEnd: null,
    timeZone: 'UTC',
    creatorRole: 'EF',
  });
  const assessmentId = assessment.id;
  const members = {} as Record<TPersonKey, TMembership>;
  for (const p of PEOPLE) {
    if (p.key !== 'ef')
      await db
        .insertInto('memberships')
        .values({
          assessment_id: assessmentId,
          user_id: ids[p.key],
          role: p.role,
          organisation: null,
          organisation_type: null,
          expertise: null,
          gender: null,
          joined_at: new Date().toISOString(),
        })
        .execute();
    members[p.key] = { assessmentId, userId: ids[p.key], role: p.role };
  }

  let questions = 0;
  for (const area of checklistAreas.filter((a) => assessment.areas.includes(a.id))) {
    const doc = new Y.Doc();
    area.sections
      .flatMap((s) => s.questions)
      .forEach((q, i) => {
        questions++;
        // The first answer of each area carries the injection strings; the second is sensitive.
        writeRichText(
          doc.getXmlFragment(answerFragmentName(q.key)),
          words(opts.wordsPerAnswer, i),
          i === 0 ? INJECTIONS.join(' ') : i === 1 ? `${SENSITIVE_TEXT} reported by Ana Pérez` : '',
        );
        doc.getMap(STATUS_MAP).set(q.key, ANSWER_STATUSES[i % ANSWER_STATUSES.length]);
      });
    await persist(db, factorDocName(assessmentId, area.id), doc);
    // The second answer of each area is flagged sensitive, as a facilitator does it (table answer_flags).
    const second = area.sections.flatMap((s) => s.questions)[1];
    if (second) await setAnswerFlag(db, members.ef, { questionKey: second.key, flag: 'sensitive' });
  }

  // One question the administration added, unanswered, cited by the group's strength below.
  const added = await addQuestion(db, members.ef, { areaId: assessment.areas[0]!, text: ADDED_QUESTION });
  questions++;
  // A step 3 interview in the activity log: two members and someone without an account.
  await addActivityEntry(db, members.ef, {
    step: 3,
    kind: 'interview',
    title: LOGGED_ACTIVITY,
    heldOn: '2026-03-04',
    notes: 'Asset declarations process',
    participantIds: [ids.ana, ids.sam],
    others: INTERVIEWEE,
  });

  const report = new Y.Doc();
  for (const s of REPORT_SECTIONS)
    writeRichText(
      report.getXmlFragment(reportSectionFragmentName(s.id)),
      `Narrative of ${s.title}, thanks to Ana Pérez and Samuel Lindqvist.`,
      INJECTIONS.join(' '),
    );
  for (const f of TOR_FIELDS)
    report.getText(torTextName(f.key)).insert(0, `${f.label}: written by Fay Okafor ${INJECTIONS[0]}`);
  await persist(db, formatDocName({ kind: 'report', assessmentId }), report);

  // One breakout group with a strength the plenary agreed, written with the same rich text.
  const firstArea = assessment.areas[0]!;
  await db
    .insertInto('breakout_groups')
    .values({
      id: `g-${assessmentId}`,
      assessment_id: assessmentId,
      name: 'Group A',
      created_at: new Date().toISOString(),
      meeting_url: null,
    })
    .execute();
  await db
    .insertInto('group_areas')
    .values({ assessment_id: assessmentId, area_id: firstArea, group_id: `g-${assessmentId}` })
    .execute();
  const group = new Y.Doc();
  addFinding(group, 'strengths', 'f1', { id: ids.ana, name: 'Ana Pérez' });
  addCitation(group, 'f1', `${firstArea}.1`);
  addCitation(group, 'f1', added.key);
  writeRichText(
    group.getXmlFragment(findingFragmentName('f1')),
    'Strong declaration regime noted by Ana Pérez.',
    INJECTIONS[1],
  );
  await persist(db, formatDocName({ kind: 'group', assessmentId, groupId: `g-${assessmentId}` }), group);
  await db
    .insertInto('finding_outcomes')
    .values({
      assessment_id: assessmentId,
      group_id: `g-${assessmentId}`,
      finding_id: 'f1',
      outcome: 'agreed',
      decided_by: ids.ef,
      decided_at: new Date().toISOString(),
    })
    .execute();

  const session = await createSession(db, assessmentId, members.ef, {
    title: 'Kick-off plenary',
    startsAt: '2026-03-02T09:00:00.000Z',
    durationMinutes: 120,
    agenda: [{ title: 'Presentation of the IDG', activityCode: '3.3', areaId: undefined }],
  });
  for (const k of ['ef', 'ana', 'sam'] as const)
    await db
      .insertInto('session_attendance')
      .values({
        session_id: session.id,
        user_id: ids[k],
        first_joined_at: session.startsAt,
        last_seen_at: session.endsAt,
      })
      .execute();

  const now = new Date().toISOString();
  await db
    .insertInto('candidate_activities')
    .values({
      id: `cand-${assessmentId}`,
      assessment_id: assessmentId,
      title: 'Publish rulings online',
      description: 'Raised by Ana Pérez',
      status: 'active',
      merged_into: null,
      origin_finding: null,
      agreed_priority: 'high',
      agreed_reason: null,
      agreed_by: ids.ef,
      agreed_at: now,
      created_by: ids.ef,
      created_at: now,
      updated_at: now,
    })
    .execute();

  const kpi = await createKpiSheet(db, members.ana, 'blank');
  await updateKpiSheet(db, members.ana, kpi.id, { ...annex11Example(), owner: 'Ana Pérez' });
  const plan = new Y.Doc();
  const who = { id: ids.ana, name: 'Ana Pérez' };
  addPlanRow(plan, { id: 'o1', kind: 'outcome', parentId: null, title: 'Transparent Customs' }, who);
  addPlanRow(plan, { id: 'j1', kind: 'objective', parentId: 'o1', title: 'All rulings online by 2027' }, who);
  for (let i = 0; i < opts.planActivities; i++) {
    const id = `a${i}`;
    addPlanRow(
      plan,
      {
        id,
        kind: 'activity',
        parentId: 'j1',
        title: `Activity ${i} ${words(12, i)}`,
        candidateId: i === 0 ? `cand-${assessmentId}` : null,
      },
      who,
    );
    plan.getText(planTextName(id, 'responsible')).insert(0, 'Policy Unit');
    setPlanField(plan, id, 'ownerId', ids.ana);
    setPlanField(plan, id, 'due', '2027-11-30');
    setPlanKpi(plan, id, kpi.id, true);
  }
  await persist(db, formatDocName({ kind: 'plan', assessmentId }), plan);

  await setFeedbackSettings(db, members.ef, { open: true, anonymous: true });
  await submitFeedback(db, members.ana, {
    answers: { impact: `Good impact ${INJECTIONS[0]}`, 'lessons-learned': 'Start earlier' },
  });
  await submitFeedback(db, members.sam, { answers: { 'best-practices': 'Breakout groups' } });
  return { assessmentId, members, questions, addedKey: added.key };
}
