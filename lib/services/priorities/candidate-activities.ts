import 'server-only';
import type { TDb } from '../../db/client';
import { can } from '../../domain/access/permissions';
import { ROLES } from '../../domain/access/roles';
import { broadcastToMembers } from '../../realtime/broadcast';
import type { TCandidateActivity } from '../../contracts/priorities';
import { citableQuestions } from '../workshop/findings-questions';

/**
 * Tells the members who may see candidate activities, on their own connections, that the list
 * (or the criteria) changed: their open priorities pages read it again through the API, which
 * checks access.
 */
export async function announceChange(db: TDb, assessmentId: string): Promise<void> {
  const viewers = ROLES.filter((r) => can(r, 'assessment.view'));
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('assessment_id', '=', assessmentId)
    .where('role', 'in', viewers)
    .execute();
  broadcastToMembers(
    assessmentId,
    rows.map((r) => r.user_id),
    'activities:changed',
  );
}

/**
 * Every candidate activity of an assessment with its sources, oldest first; `activeOnly` hides
 * withdrawn and merged ones.
 */
export async function listActivities(db: TDb, assessmentId: string, activeOnly = false): Promise<TCandidateActivity[]> {
  let q = db
    .selectFrom('candidate_activities')
    .leftJoin('users', 'users.id', 'candidate_activities.agreed_by')
    .selectAll('candidate_activities')
    .select('users.name as agreedByName')
    .where('candidate_activities.assessment_id', '=', assessmentId);
  if (activeOnly) q = q.where('candidate_activities.status', '=', 'active');
  const rows = await q.orderBy('candidate_activities.created_at').orderBy('candidate_activities.id').execute();
  const [sources, questions] = await Promise.all([
    rows.length
      ? db
          .selectFrom('activity_sources')
          .selectAll()
          .where(
            'activity_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('question_key')
          .execute()
      : [],
    citableQuestions(db, assessmentId),
  ]);
  // A source outside the checklist now (its area left the scope) keeps the number its key carries.
  const source = (key: string, areaId: string) => {
    const q = questions.get(key);
    const tail = key.slice(key.indexOf('.') + 1);
    return {
      questionKey: key,
      areaId,
      label: q?.label ?? (tail.startsWith('a') ? `A${tail.slice(1)}` : tail),
      added: q?.added ?? tail.startsWith('a'),
    };
  };
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    status: r.status,
    mergedInto: r.merged_into,
    originFinding: r.origin_finding,
    sources: sources.filter((s) => s.activity_id === r.id).map((s) => source(s.question_key, s.area_id)),
    agreed:
      r.agreed_priority && r.agreed_by && r.agreed_at
        ? {
            priority: r.agreed_priority,
            reason: r.agreed_reason ?? '',
            by: { id: r.agreed_by, name: r.agreedByName ?? 'Unknown' },
            at: r.agreed_at,
          }
        : null,
  }));
}
