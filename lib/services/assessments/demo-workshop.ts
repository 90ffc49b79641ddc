import * as Y from 'yjs';
import { factorDocName, formatDocName } from '../../collab/doc-names';
import { addCitation, addFinding, findingFragmentName, newFindingId } from '../../collab/findings-layout';
import { LAST_EDIT_MAP, STATUS_MAP, answerFragmentName, type TLastEdit } from '../../collab/layout';
import { insertDocState } from '../../collab/persisted-doc';
import type { TDb } from '../../db/client';
import { zonedTimeToUtc, utcToZonedInputs } from '../../domain/time/time-zones';
import { assessmentSteps } from '../../idg/process';
import { DEMO_ASSESSMENT_TITLE, DEMO_USERS } from './demo-seed';
import {
  DEMO_AGENDA,
  DEMO_GROUP_WORK,
  DEMO_SESSION_TITLE,
  type TDemoBlock,
  type TDemoGroupWork,
} from './demo-workshop-content';
import { groupsOverview } from '../workshop/group-overview';
import { type TGroup } from '../../contracts/workshop';
import { ZSessionInputSchema } from '../../contracts/sessions';
import type { TMembership } from '../access/membership';
import { createSession, listSessions } from '../workshop/sessions';
import { updateStepActivity } from './step-activities';

// The afternoon in the assessment's time zone (Africa/Nairobi, where the administration and most
// of its members work), which is midday for the external facilitator in Brussels: inside working
// hours for everyone, and late enough that the groups plausibly wrote in the morning what the
// demo shows.
const SESSION_START = '14:00';
const SESSION_MINUTES = 180;

// The Annex 4 activity the groups are in the middle of; everything before it is done.
const CURRENT_ACTIVITY = '5.3';

// Steps 1 to 4 took the past three weeks; the report and feedback (step 6) follow in two.
const PLANNED_DAYS_BEFORE = 21;
const PLANNED_DAYS_AFTER = 14;

/** A calendar date (YYYY-MM-DD) moved by whole days. */
function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Puts the demo assessment (seedDemo's) in the middle of its workshop: today's afternoon session
 * with its agenda, both groups' answers and evaluations in their checklist documents, their
 * findings with proposed activities, the report-back still to come. Does nothing unless the
 * demo assessment exists with no session yet, so that it never writes twice.
 */
export async function seedDemoWorkshop(db: TDb, now = new Date()): Promise<boolean> {
  const assessment = await db
    .selectFrom('assessments')
    .select(['id', 'time_zone'])
    .where('title', '=', DEMO_ASSESSMENT_TITLE)
    .executeTakeFirst();
  if (!assessment || (await listSessions(db, assessment.id)).length > 0) return false;
  const users = await usersByEmail(db);
  const facilitator: TMembership = {
    assessmentId: assessment.id,
    userId: users.get(DEMO_USERS[0]!.email)!.id,
    role: 'EF',
  };

  const { groups } = await groupsOverview(db, assessment.id);
  const groupId = (name: string) => {
    const group = groups.find((g) => g.name === name);
    if (!group) throw new Error(`The demo has no group named ${name}.`);
    return group.id;
  };
  // Every item is led by the facilitator; a report-back presents the group it names.
  const agenda = DEMO_AGENDA.map(({ reportBackOf, ...item }) => ({
    ...item,
    ownerId: facilitator.userId,
    ...(reportBackOf ? { groupId: groupId(reportBackOf) } : {}),
  }));

  const today = utcToZonedInputs(now.getTime(), assessment.time_zone).date;
  const startsAt = zonedTimeToUtc(today, SESSION_START, assessment.time_zone)!;
  await createSession(
    db,
    assessment.id,
    facilitator,
    ZSessionInputSchema.parse({
      title: DEMO_SESSION_TITLE,
      startsAt,
      durationMinutes: SESSION_MINUTES,
      agenda,
    }),
  );
  // The base seed plans no dates (the end-to-end suite's assessment has none); a workshop under
  // way has a planned period around it. Dates are set only at creation, hence the direct update.
  await db
    .updateTable('assessments')
    .set({ planned_start: shiftDate(today, -PLANNED_DAYS_BEFORE), planned_end: shiftDate(today, PLANNED_DAYS_AFTER) })
    .where('id', '=', assessment.id)
    .execute();
  await markStepsUpTo(db, assessment.id, facilitator.userId);

  for (const work of DEMO_GROUP_WORK) {
    const group = groups.find((g) => g.name === work.group);
    if (!group) throw new Error(`The demo has no group named ${work.group}.`);
    await writeGroupAnswers(db, assessment.id, group, work, users, now.getTime());
    await writeGroupFindings(db, assessment.id, group, work, now.getTime());
  }
  return true;
}

async function usersByEmail(db: TDb): Promise<Map<string, { id: string; name: string }>> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where(
      'email',
      'in',
      DEMO_USERS.map((u) => u.email),
    )
    .execute();
  return new Map(rows.map((r) => [r.email, { id: r.id, name: r.name }]));
}

// Steps 1 to 4 and the first activities of step 5 are behind a workshop in its breakout phase.
async function markStepsUpTo(db: TDb, assessmentId: string, facilitatorId: string): Promise<void> {
  const codes = assessmentSteps.flatMap((s) => s.activities.map((a) => a.code));
  const current = codes.indexOf(CURRENT_ACTIVITY);
  for (const code of codes.slice(0, current + 1)) {
    await updateStepActivity(db, assessmentId, code, facilitatorId, {
      status: code === CURRENT_ACTIVITY ? 'in-progress' : 'done',
      dueDate: null,
      ownerId: null,
      notes: '',
    });
  }
}

/** Writes blocks as the editor's schema stores them: paragraphs, and bullet lists of paragraphs. */
function writeBlocks(fragment: Y.XmlFragment, blocks: readonly TDemoBlock[]): void {
  const paragraph = (text: string) => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, text ? [new Y.XmlText(text)] : []);
    return p;
  };
  // The editor always ends a document with a paragraph (StarterKit's trailing node): without
  // one after a final list, merely opening the answer would add it, and the page would record
  // whoever opened it as the answer's last editor.
  const trailing = typeof blocks.at(-1) === 'string' ? [] : [''];
  fragment.insert(
    0,
    [...blocks, ...trailing].map((block) => {
      if (typeof block === 'string') return paragraph(block);
      const list = new Y.XmlElement('bulletList');
      list.insert(
        0,
        block.bullets.map((text) => {
          const item = new Y.XmlElement('listItem');
          item.insert(0, [paragraph(text)]);
          return item;
        }),
      );
      return list;
    }),
  );
}

// One checklist document per area, written whole before any server holds it. Edits are dated
// over the past two hours, in the order the answers are listed.
async function writeGroupAnswers(
  db: TDb,
  assessmentId: string,
  group: TGroup,
  work: TDemoGroupWork,
  users: ReadonlyMap<string, { id: string; name: string }>,
  now: number,
): Promise<void> {
  const areaIds = [...new Set(work.answers.map((a) => a.key.split('.')[0]!))];
  for (const areaId of areaIds) {
    if (!group.areas.some((a) => a.id === areaId)) throw new Error(`${areaId} is not one of ${group.name}'s areas.`);
    const doc = new Y.Doc();
    doc.transact(() => {
      work.answers.forEach((answer, i) => {
        if (!answer.key.startsWith(`${areaId}.`)) return;
        const author = users.get(answer.author)!;
        writeBlocks(doc.getXmlFragment(answerFragmentName(answer.key)), answer.blocks);
        if (answer.status) doc.getMap(STATUS_MAP).set(answer.key, answer.status);
        const edit: TLastEdit = { userId: author.id, name: author.name, at: now - (120 - i * 10) * 60_000 };
        doc.getMap(LAST_EDIT_MAP).set(answer.key, edit);
      });
    });
    await insertDocState(db, factorDocName(assessmentId, areaId), doc);
    doc.destroy();
  }
}

// The rapporteur keeps the group's findings, so every finding is theirs, added over the last half hour.
async function writeGroupFindings(
  db: TDb,
  assessmentId: string,
  group: TGroup,
  work: TDemoGroupWork,
  now: number,
): Promise<void> {
  if (!group.rapporteur) throw new Error(`${group.name} has no rapporteur.`);
  const answered = new Set(work.answers.map((a) => a.key));
  const doc = new Y.Doc();
  doc.transact(() => {
    work.findings.forEach((finding, i) => {
      const id = newFindingId();
      addFinding(doc, finding.kind, id, group.rapporteur!, now - (30 - i * 3) * 60_000);
      writeBlocks(doc.getXmlFragment(findingFragmentName(id)), [finding.text]);
      for (const key of finding.cites) {
        // A citation shows its answer beside the finding; one the group never wrote would show nothing.
        if (!answered.has(key)) throw new Error(`${group.name} cites ${key}, which it has not answered.`);
        addCitation(doc, id, key);
      }
    });
  });
  await insertDocState(db, formatDocName({ kind: 'group', assessmentId, groupId: group.id }), doc);
  doc.destroy();
}
