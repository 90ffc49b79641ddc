import 'server-only';
import crypto from 'node:crypto';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import { DomainError } from '../../domain/shared/errors';
import { factorDocName, formatDocName } from '../../collab/doc-names';
import { findFinding } from '../../collab/findings-layout';
import { fragmentText } from '../../collab/fragment-text';
import { STATUS_MAP, answerFragmentName, parseAnswerStatus } from '../../collab/layout';
import type { TDb } from '../../db/client';
import type {
  TCitationPreview,
  TFindingCommentRecord,
  TNewFindingComment,
  TReportBackState,
  TSetOutcome,
} from '../../contracts/report-back';
import { assertCan } from '../../domain/access/assert-can';
import { audit } from '../shared/audit';
import { citableQuestions, requireCitable } from './findings-questions';
import { groupsOverview } from './group-overview';
import type { TGroup } from '../../contracts/workshop';
import type { TMembership } from '../access/membership';

const PREVIEW_CHARS = 400;

/** One breakout group of the assessment with its areas and members; 404 when it is not one of its groups. */
async function requireGroupOf(db: TDb, assessmentId: string, groupId: string): Promise<TGroup> {
  const group = (await groupsOverview(db, assessmentId)).groups.find((g) => g.id === groupId);
  if (!group) throw new DomainError('groups.not_found');
  return group;
}

// The finding must be a live one of that group's document: outcomes and comments then never
// point at a finding that does not exist, nor at one of another group or assessment.
async function requireFinding(db: TDb, assessmentId: string, groupId: string, findingId: string): Promise<void> {
  await requireGroupOf(db, assessmentId, groupId);
  const doc = await loadPersistedDoc(db, formatDocName({ kind: 'group', assessmentId, groupId }));
  try {
    if (!findFinding(doc, findingId)) throw new DomainError('findings.not_found');
  } finally {
    doc.destroy();
  }
}

async function userName(db: TDb, userId: string): Promise<string> {
  const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
  return row?.name ?? 'Unknown';
}

/** Every outcome and finding comment of an assessment, comments oldest first. */
export async function reportBackState(db: TDb, assessmentId: string): Promise<TReportBackState> {
  const [outcomes, comments] = await Promise.all([
    db
      .selectFrom('finding_outcomes')
      .innerJoin('users', 'users.id', 'finding_outcomes.decided_by')
      .select([
        'finding_outcomes.finding_id',
        'finding_outcomes.group_id',
        'finding_outcomes.outcome',
        'finding_outcomes.decided_at',
        'users.id',
        'users.name',
      ])
      .where('finding_outcomes.assessment_id', '=', assessmentId)
      .execute(),
    db
      .selectFrom('finding_comments')
      .innerJoin('users', 'users.id', 'finding_comments.author_id')
      .select([
        'finding_comments.id',
        'finding_comments.finding_id',
        'finding_comments.group_id',
        'finding_comments.body',
        'finding_comments.created_at',
        'users.id as authorId',
        'users.name',
      ])
      .where('finding_comments.assessment_id', '=', assessmentId)
      .orderBy('finding_comments.created_at')
      .orderBy('finding_comments.id')
      .execute(),
  ]);
  return {
    outcomes: outcomes.map((o) => ({
      findingId: o.finding_id,
      groupId: o.group_id,
      outcome: o.outcome,
      decidedBy: { id: o.id, name: o.name },
      decidedAt: o.decided_at,
    })),
    comments: comments.map((c) => ({
      id: c.id,
      findingId: c.finding_id,
      groupId: c.group_id,
      author: { id: c.authorId, name: c.name },
      body: c.body,
      createdAt: c.created_at,
    })),
  };
}

/** Records (or clears) the plenary's outcome for a finding; facilitators only. */
export async function setFindingOutcome(
  db: TDb,
  actor: TMembership,
  findingId: string,
  input: TSetOutcome,
): Promise<void> {
  assertCan(actor, 'session.run', 'findings.outcome_forbidden');
  const { assessmentId } = actor;
  await requireFinding(db, assessmentId, input.groupId, findingId);
  if (input.outcome === null) {
    await db
      .deleteFrom('finding_outcomes')
      .where('assessment_id', '=', assessmentId)
      .where('finding_id', '=', findingId)
      .execute();
  } else {
    const row = {
      group_id: input.groupId,
      outcome: input.outcome,
      decided_by: actor.userId,
      decided_at: new Date().toISOString(),
    };
    await db
      .insertInto('finding_outcomes')
      .values({ assessment_id: assessmentId, finding_id: findingId, ...row })
      .onConflict((oc) => oc.columns(['assessment_id', 'finding_id']).doUpdateSet(row))
      .execute();
  }
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'finding.outcome',
    detail: { groupId: input.groupId, findingId, outcome: input.outcome },
  });
}

/** Adds a comment to a finding; anyone who may comment. */
export async function addFindingComment(
  db: TDb,
  actor: TMembership,
  findingId: string,
  input: TNewFindingComment,
): Promise<TFindingCommentRecord> {
  assertCan(actor, 'comment', 'comments.forbidden');
  const { assessmentId } = actor;
  await requireFinding(db, assessmentId, input.groupId, findingId);
  const comment = { id: crypto.randomUUID(), created_at: new Date().toISOString() };
  await db
    .insertInto('finding_comments')
    .values({
      ...comment,
      assessment_id: assessmentId,
      group_id: input.groupId,
      finding_id: findingId,
      author_id: actor.userId,
      body: input.body,
    })
    .execute();
  return {
    id: comment.id,
    findingId,
    groupId: input.groupId,
    author: { id: actor.userId, name: await userName(db, actor.userId) },
    body: input.body,
    createdAt: comment.created_at,
  };
}

/**
 * The cited answers' text (shortened) and evaluation, read from their checklist documents, with
 * the cited question's label and text. Keys are the assessment's questions (the guide's in its
 * scope or added by the administration); any other key is refused (400, naming it).
 */
export async function citationPreviews(
  db: TDb,
  assessmentId: string,
  keys: readonly string[],
): Promise<TCitationPreview[]> {
  const questions = await citableQuestions(db, assessmentId);
  requireCitable(questions, keys, 'keys');
  const cited = [...new Set(keys)].map((k) => questions.get(k)!);
  const areaIds = [...new Set(cited.map((q) => q.areaId))];
  const docs = new Map(
    await Promise.all(
      areaIds.map(async (a) => [a, await loadPersistedDoc(db, factorDocName(assessmentId, a))] as const),
    ),
  );
  try {
    return cited.map((q) => {
      const doc = docs.get(q.areaId)!;
      const text = fragmentText(doc.getXmlFragment(answerFragmentName(q.key))).trim();
      return {
        key: q.key,
        text: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text,
        status: parseAnswerStatus(doc.getMap<unknown>(STATUS_MAP).get(q.key)),
        label: q.label,
        question: q.text,
        added: q.added,
      };
    });
  } finally {
    for (const doc of docs.values()) doc.destroy();
  }
}
