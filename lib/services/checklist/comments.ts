import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { questionAreaOf } from './checklist-adaptation';
import type { TComment, TNewComment } from '../../contracts/checklist';

/** Throws 404 unless `questionKey` is a question of the assessment's scope. */
export async function assertQuestionInScope(db: TDb, assessmentId: string, questionKey: string): Promise<void> {
  // The guide's questions and those the administration added (lib/services/checklist/checklist-adaptation.ts).
  const areaId = await questionAreaOf(db, assessmentId, questionKey);
  const row = await db.selectFrom('assessments').select('areas').where('id', '=', assessmentId).executeTakeFirst();
  if (!areaId || !row || !(JSON.parse(row.areas) as string[]).includes(areaId))
    throw new DomainError('question.not_found');
}

async function memberNames(db: TDb, assessmentId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name'])
    .where('memberships.assessment_id', '=', assessmentId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Adds a comment to a question; mentions must name members of the assessment. */
export async function addComment(
  db: TDb,
  assessmentId: string,
  questionKey: string,
  authorId: string,
  input: TNewComment,
): Promise<TComment> {
  await assertQuestionInScope(db, assessmentId, questionKey);
  const names = await memberNames(db, assessmentId);
  const mentions = [...new Set(input.mentions)];
  const strangers = mentions.filter((id) => !names.has(id));
  if (strangers.length > 0)
    throw new DomainError('comments.unknown_mention', undefined, { fieldErrors: { mentions: ['Unknown member.'] } });
  const comment = { id: crypto.randomUUID(), created_at: new Date().toISOString() };
  await db
    .insertInto('comments')
    .values({
      ...comment,
      assessment_id: assessmentId,
      question_key: questionKey,
      author_id: authorId,
      body: input.body,
      mentions: JSON.stringify(mentions),
    })
    .execute();
  return {
    id: comment.id,
    questionKey,
    author: { id: authorId, name: names.get(authorId) ?? 'Unknown' },
    body: input.body,
    mentions: mentions.map((id) => ({ id, name: names.get(id)! })),
    createdAt: comment.created_at,
  };
}

/** Every comment on the questions of one area, oldest first. */
export async function listAreaComments(db: TDb, assessmentId: string, areaId: string): Promise<TComment[]> {
  const [rows, names] = await Promise.all([
    db
      .selectFrom('comments')
      .innerJoin('users', 'users.id', 'comments.author_id')
      .select([
        'comments.id',
        'comments.question_key',
        'comments.author_id',
        'users.name',
        'comments.body',
        'comments.mentions',
        'comments.created_at',
      ])
      .where('comments.assessment_id', '=', assessmentId)
      .where('comments.question_key', 'like', `${areaId}.%`)
      .orderBy('comments.created_at')
      .execute(),
    memberNames(db, assessmentId),
  ]);
  return rows.map((r) => ({
    id: r.id,
    questionKey: r.question_key,
    author: { id: r.author_id, name: r.name },
    body: r.body,
    mentions: (JSON.parse(r.mentions) as string[]).map((id) => ({ id, name: names.get(id) ?? 'Former member' })),
    createdAt: r.created_at,
  }));
}
