import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import { formatDocName } from '../../collab/doc-names';
import { findingFragmentName, readFindings } from '../../collab/findings-layout';
import { fragmentText } from '../../collab/fragment-text';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { audit } from '../shared/audit';
import type { TActivityPatch, TAgreed, TMerge, TNewActivity } from '../../contracts/priorities';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import { readAssessmentChecklist } from '../checklist/assessment-checklist';
import { citableQuestions, requireCitable, type TCitableQuestion } from '../workshop/findings-questions';
import { groupsOverview } from '../workshop/group-overview';
import type { TMembership } from '../access/membership';
import { announceChange } from './candidate-activities';

// Changes to the candidate activities, the facilitators': each is audited and announced to the
// members who see the list (announceChange).

function requireFacilitator(actor: TMembership): void {
  assertCan(actor, 'session.run', 'activities.forbidden');
}

async function requireActivity(db: TDb, assessmentId: string, id: string) {
  const row = await db
    .selectFrom('candidate_activities')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('activities.not_found');
  return row;
}

// Keys that are no question of the assessment are left out here; where a person typed them,
// they were refused before (requireCitable).
async function addSources(
  db: TDb,
  activityId: string,
  keys: readonly string[],
  questions: ReadonlyMap<string, TCitableQuestion>,
): Promise<void> {
  const rows = keys.flatMap((k) => {
    const q = questions.get(k);
    return q ? [{ activity_id: activityId, question_key: k, area_id: q.areaId }] : [];
  });
  if (rows.length)
    await db
      .insertInto('activity_sources')
      .values(rows)
      .onConflict((oc) => oc.columns(['activity_id', 'question_key']).doNothing())
      .execute();
}

async function insertActivity(
  db: TDb,
  actor: TMembership,
  input: { title: string; description: string; origin: string | null },
  at = new Date(),
): Promise<string | null> {
  const now = at.toISOString();
  const id = crypto.randomUUID();
  const result = await db
    .insertInto('candidate_activities')
    .values({
      id,
      assessment_id: actor.assessmentId,
      title: input.title,
      description: input.description,
      status: 'active',
      origin_finding: input.origin,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    })
    // The unique (assessment, origin finding) makes gathering twice add nothing.
    .onConflict((oc) => oc.columns(['assessment_id', 'origin_finding']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}

/** Splits a finding's text: its first line is the title, the rest the description. */
export function splitFindingText(text: string): { title: string; description: string } {
  const lines = text.split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l.length > 0);
  if (first < 0) return { title: '', description: '' };
  return {
    title: lines[first]!.slice(0, 200),
    description: lines
      .slice(first + 1)
      .join('\n')
      .trim(),
  };
}

/**
 * Gathers one candidate per live proposed-activity finding of every group; findings gathered before
 * and empty ones are skipped.
 */
export async function gatherFromFindings(db: TDb, actor: TMembership): Promise<{ added: number; skipped: number }> {
  requireFacilitator(actor);
  // Read once: the groups' overview and the citable questions both come from the same checklist.
  const known = await readAssessmentChecklist(db, actor.assessmentId);
  const [{ groups }, questions] = await Promise.all([
    groupsOverview(db, actor.assessmentId, known),
    citableQuestions(db, actor.assessmentId, known.checklist),
  ]);
  let added = 0;
  let skipped = 0;
  // Activities are listed by creation time; one gathering inserts many within a millisecond, so
  // each gets its own, a millisecond apart, to keep them in the groups' and findings' order.
  const startedAt = Date.now();
  let position = 0;
  for (const group of groups) {
    const doc = await loadPersistedDoc(
      db,
      formatDocName({ kind: 'group', assessmentId: actor.assessmentId, groupId: group.id }),
    );
    try {
      for (const finding of readFindings(doc).activities) {
        const { title, description } = splitFindingText(
          fragmentText(doc.getXmlFragment(findingFragmentName(finding.id))),
        );
        const at = new Date(startedAt + position++);
        const id = title
          ? await insertActivity(db, actor, { title, description, origin: `${group.id}:${finding.id}` }, at)
          : null;
        if (!id) {
          skipped += 1;
          continue;
        }
        await addSources(db, id, finding.citations, questions);
        added += 1;
      }
    } finally {
      doc.destroy();
    }
  }
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'activities.gathered',
    detail: { added, skipped },
  });
  if (added > 0) await announceChange(db, actor.assessmentId);
  return { added, skipped };
}

/** Adds a candidate activity directly. */
export async function createActivity(db: TDb, actor: TMembership, input: TNewActivity): Promise<string> {
  requireFacilitator(actor);
  // Checked before anything is written: an unknown source refuses the whole activity.
  const questions = await citableQuestions(db, actor.assessmentId);
  requireCitable(questions, input.sources, 'sources');
  const id = (await insertActivity(db, actor, { title: input.title, description: input.description, origin: null }))!;
  await addSources(db, id, input.sources, questions);
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'activity.created',
    detail: { activityId: id },
  });
  await announceChange(db, actor.assessmentId);
  return id;
}

/** Edits, withdraws or restores a candidate activity; a merged one stays merged. */
export async function updateActivity(db: TDb, actor: TMembership, id: string, patch: TActivityPatch): Promise<void> {
  requireFacilitator(actor);
  const row = await requireActivity(db, actor.assessmentId, id);
  if (row.status === 'merged') throw new DomainError('activities.merged');
  await db
    .updateTable('candidate_activities')
    .set({
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.status && { status: patch.status }),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'activity.updated',
    detail: { activityId: id, fields: Object.keys(patch) },
  });
  await announceChange(db, actor.assessmentId);
}

/** Merges duplicates into `targetId`: it gains all their sources, they become 'merged' into it. */
export async function mergeActivities(db: TDb, actor: TMembership, targetId: string, input: TMerge): Promise<void> {
  requireFacilitator(actor);
  const target = await requireActivity(db, actor.assessmentId, targetId);
  if (target.status !== 'active') throw new DomainError('activities.merge_target_inactive');
  const ids = [...new Set(input.duplicateIds)].filter((d) => d !== targetId);
  for (const d of ids)
    if ((await requireActivity(db, actor.assessmentId, d)).status === 'merged')
      throw new DomainError('activities.already_merged');
  await db.transaction().execute(async (trx) => {
    // The duplicates' sources were checked when they came in; they move over as they are.
    const sources = await trx
      .selectFrom('activity_sources')
      .select(['question_key', 'area_id'])
      .where('activity_id', 'in', ids)
      .execute();
    if (sources.length)
      await trx
        .insertInto('activity_sources')
        .values(sources.map((s) => ({ activity_id: targetId, question_key: s.question_key, area_id: s.area_id })))
        .onConflict((oc) => oc.columns(['activity_id', 'question_key']).doNothing())
        .execute();
    // Whatever was merged into a duplicate before now points at the survivor too.
    await trx
      .updateTable('candidate_activities')
      .set({ merged_into: targetId })
      .where('merged_into', 'in', ids)
      .execute();
    await trx
      .updateTable('candidate_activities')
      .set({ status: 'merged', merged_into: targetId, updated_at: new Date().toISOString() })
      .where('id', 'in', ids)
      .execute();
  });
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'activity.merged',
    detail: { activityId: targetId, merged: ids },
  });
  await announceChange(db, actor.assessmentId);
}

/**
 * Records (or clears) the priority the group agreed for an activity, with its reason: what goes into the action plan.
 */
export async function setAgreedPriority(db: TDb, actor: TMembership, id: string, input: TAgreed): Promise<void> {
  requireFacilitator(actor);
  const row = await requireActivity(db, actor.assessmentId, id);
  if (row.status !== 'active') throw new DomainError('activities.not_active');
  const set = input.priority
    ? {
        agreed_priority: input.priority,
        agreed_reason: input.reason,
        agreed_by: actor.userId,
        agreed_at: new Date().toISOString(),
      }
    : { agreed_priority: null, agreed_reason: null, agreed_by: null, agreed_at: null };
  await db.updateTable('candidate_activities').set(set).where('id', '=', id).execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'activity.agreed',
    detail: { activityId: id, priority: input.priority, reason: input.reason },
  });
  await announceChange(db, actor.assessmentId);
}
