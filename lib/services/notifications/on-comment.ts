import 'server-only';
import type { TDb } from '../../db/client';
import { areaOfQuestionKey, type TComment } from '../../contracts/checklist';
import { can } from '../../domain/access/permissions';
import { seesSensitive } from '../../domain/reports/redaction';
import type { TMembership } from '../access/membership';
import { sensitiveQuestionKeys } from '../checklist/answer-flags';
import { notify } from './notify';

/**
 * After a comment on a question: the people it mentions are told, and so is everyone who
 * commented on that question before (a reply). A question whose answer is flagged sensitive is
 * heard of only by those who may see sensitive answers.
 */
export async function notifyComment(db: TDb, assessmentId: string, comment: TComment): Promise<void> {
  const sensitive = (await sensitiveQuestionKeys(db, assessmentId)).has(comment.questionKey);
  const mayNotify = (m: TMembership) => can(m.role, 'checklist.view') && (!sensitive || seesSensitive(m.role));
  const link = `/assessments/${assessmentId}/checklist/${areaOfQuestionKey(comment.questionKey)}#q-${comment.questionKey}`;
  const params = { questionKey: comment.questionKey };
  const mentioned = comment.mentions.map((m) => m.id);
  await notify(db, {
    kind: 'mention',
    assessmentId,
    actorId: comment.author.id,
    recipientIds: mentioned,
    link,
    params,
    mayNotify,
  });
  const earlier = await db
    .selectFrom('comments')
    .select('author_id')
    .distinct()
    .where('assessment_id', '=', assessmentId)
    .where('question_key', '=', comment.questionKey)
    .where('id', '!=', comment.id)
    .execute();
  await notify(db, {
    kind: 'reply',
    assessmentId,
    actorId: comment.author.id,
    // Someone mentioned is already told by the mention.
    recipientIds: earlier.map((r) => r.author_id).filter((id) => !mentioned.includes(id)),
    link,
    params,
    mayNotify,
  });
}
