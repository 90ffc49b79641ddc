import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { can } from '../../domain/access/permissions';
import { adoptionBlockers, type TPlanSnapshot } from '../../domain/plan/plan-snapshot';
import type { TRole } from '../../domain/access/roles';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { planSnapshot } from './plan';
import type { TPlanDecision, TPlanSubmission, TSubmitPlan } from '../../contracts/plan';
import type { TPerson } from '../../contracts/shared';

/** Every submission of an assessment, newest first, without snapshots. */
export async function listSubmissions(db: TDb, assessmentId: string): Promise<TPlanSubmission[]> {
  const rows = await db
    .selectFrom('plan_submissions')
    .innerJoin('users', 'users.id', 'plan_submissions.submitted_by')
    .select([
      'plan_submissions.id',
      'status',
      'version',
      'strategy_link',
      'submitted_at',
      'decided_at',
      'users.id as userId',
      'users.name',
    ])
    .where('assessment_id', '=', assessmentId)
    .orderBy('submitted_at', 'desc')
    .orderBy('plan_submissions.id')
    .execute();
  if (rows.length === 0) return [];
  const approvals = await db
    .selectFrom('plan_approvals')
    .innerJoin('users', 'users.id', 'plan_approvals.approver_id')
    .select(['submission_id', 'decision', 'comment', 'decided_at', 'users.id', 'users.name'])
    .where(
      'submission_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('users.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    version: r.version,
    strategyLink: r.strategy_link,
    submittedBy: { id: r.userId, name: r.name },
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    approvals: approvals
      .filter((a) => a.submission_id === r.id)
      .map((a) => ({
        approver: { id: a.id, name: a.name },
        decision: a.decision,
        comment: a.comment,
        decidedAt: a.decided_at,
      })),
  }));
}

/** The frozen snapshot of an adopted version; 404 when there is no such version. */
export async function adoptedVersion(
  db: TDb,
  assessmentId: string,
  version: number,
): Promise<TPlanSnapshot & { version: number; strategyLink: string; adoptedAt: string }> {
  const row = await db
    .selectFrom('plan_submissions')
    .select(['snapshot', 'version', 'strategy_link', 'decided_at'])
    .where('assessment_id', '=', assessmentId)
    .where('version', '=', version)
    .where('status', '=', 'adopted')
    .executeTakeFirst();
  if (!row || row.version === null) throw new DomainError('adoption.version_not_found');
  return {
    ...(JSON.parse(row.snapshot) as TPlanSnapshot),
    version: row.version,
    strategyLink: row.strategy_link,
    adoptedAt: row.decided_at ?? '',
  };
}

/** The members who may be named approvers ('plan.adopt'). */
export async function possibleApprovers(db: TDb, assessmentId: string): Promise<(TPerson & { role: TRole })[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name', 'memberships.role'])
    .where('assessment_id', '=', assessmentId)
    .orderBy('users.name')
    .execute();
  return rows
    .filter((r) => can(r.role as TRole, 'plan.adopt'))
    .map((r) => ({ id: r.id, name: r.name, role: r.role as TRole }));
}

/**
 * Submits the current draft to named approvers: refused while anything blocks adoption (KPI sheets
 * missing mandatory fields, activities without a named owner or a KPI). The snapshot is taken now,
 * so the approvers decide on exactly what they were sent; an earlier pending submission is superseded.
 */
export async function submitPlan(db: TDb, actor: TMembership, input: TSubmitPlan): Promise<string> {
  assertCan(actor, 'plan.edit', 'adoption.submit_forbidden');
  const allowed = new Set((await possibleApprovers(db, actor.assessmentId)).map((p) => p.id));
  const approvers = [...new Set(input.approverIds)];
  if (approvers.some((id) => !allowed.has(id)))
    throw new DomainError('adoption.invalid_approvers', undefined, {
      fieldErrors: { approverIds: ['Pick approvers from the list.'] },
    });
  const snapshot = await planSnapshot(db, actor.assessmentId);
  const blockers = adoptionBlockers(snapshot);
  if (blockers.length > 0) throw new DomainError('adoption.blocked', { blockers: blockers.join(' ') });
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('plan_submissions')
      .set({ status: 'superseded', decided_at: now })
      .where('assessment_id', '=', actor.assessmentId)
      .where('status', '=', 'pending')
      .execute();
    await trx
      .insertInto('plan_submissions')
      .values({
        id,
        assessment_id: actor.assessmentId,
        status: 'pending',
        version: null,
        snapshot: JSON.stringify(snapshot),
        strategy_link: input.strategyLink,
        submitted_by: actor.userId,
        submitted_at: now,
        decided_at: null,
      })
      .execute();
    await trx
      .insertInto('plan_approvals')
      .values(
        approvers.map((approver_id) => ({
          submission_id: id,
          approver_id,
          decision: 'pending' as const,
          comment: '',
          decided_at: null,
        })),
      )
      .execute();
  });
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'plan.submit',
    detail: { submissionId: id, approvers },
  });
  return id;
}

/**
 * A named approver approves or asks for changes. When every named approver has approved, the
 * submission is adopted with the next version number; a request for changes closes it.
 */
export async function decideOnPlan(
  db: TDb,
  actor: TMembership,
  submissionId: string,
  input: TPlanDecision,
): Promise<TPlanSubmission> {
  assertCan(actor, 'plan.adopt', 'adoption.forbidden');
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const sub = await trx
      .selectFrom('plan_submissions')
      .select(['status'])
      .where('id', '=', submissionId)
      .where('assessment_id', '=', actor.assessmentId)
      .executeTakeFirst();
    if (!sub) throw new DomainError('adoption.submission_not_found');
    if (sub.status !== 'pending') throw new DomainError('adoption.not_pending');
    const mine = await trx
      .selectFrom('plan_approvals')
      .select('decision')
      .where('submission_id', '=', submissionId)
      .where('approver_id', '=', actor.userId)
      .executeTakeFirst();
    if (!mine) throw new DomainError('adoption.not_approver');
    const decision = input.decision === 'approve' ? 'approved' : 'changes-requested';
    await trx
      .updateTable('plan_approvals')
      .set({ decision, comment: input.comment, decided_at: now })
      .where('submission_id', '=', submissionId)
      .where('approver_id', '=', actor.userId)
      .execute();
    if (decision === 'changes-requested') {
      await trx
        .updateTable('plan_submissions')
        .set({ status: 'changes-requested', decided_at: now })
        .where('id', '=', submissionId)
        .execute();
      return;
    }
    const open = await trx
      .selectFrom('plan_approvals')
      .select('approver_id')
      .where('submission_id', '=', submissionId)
      .where('decision', '!=', 'approved')
      .execute();
    if (open.length > 0) return;
    const last = await trx
      .selectFrom('plan_submissions')
      .select((eb) => eb.fn.max('version').as('max'))
      .where('assessment_id', '=', actor.assessmentId)
      .executeTakeFirst();
    const version = Number(last?.max ?? 0) + 1;
    // Only the status, number and time change: the snapshot column is never written again.
    await trx
      .updateTable('plan_submissions')
      .set({ status: 'adopted', version, decided_at: now })
      .where('id', '=', submissionId)
      .where('status', '=', 'pending')
      .execute();
  });
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'plan.decide',
    detail: { submissionId, decision: input.decision },
  });
  const sub = (await listSubmissions(db, actor.assessmentId)).find((s) => s.id === submissionId);
  if (!sub) throw new DomainError('adoption.submission_not_found');
  return sub;
}
