import 'server-only';
import crypto from 'node:crypto';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { DomainError } from '../../domain/shared/errors';
import type { TTorApproval, TTorApprovalInput } from '../../contracts/reports';
import type { TMembership } from '../access/membership';
import { audit } from '../shared/audit';

/** The recorded approvals of the terms of reference, by date approved. */
export async function listTorApprovals(db: TDb, assessmentId: string): Promise<TTorApproval[]> {
  const rows = await db
    .selectFrom('tor_approvals')
    .innerJoin('users', 'users.id', 'tor_approvals.recorded_by')
    .select([
      'tor_approvals.id',
      'side',
      'tor_approvals.name',
      'title',
      'organisation',
      'approved_on',
      'tor_approvals.created_at',
      'users.id as userId',
      'users.name as userName',
    ])
    .where('assessment_id', '=', assessmentId)
    .orderBy('approved_on')
    .orderBy('tor_approvals.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    side: r.side,
    name: r.name,
    title: r.title,
    organisation: r.organisation,
    approvedOn: r.approved_on,
    recordedBy: { id: r.userId, name: r.userName },
    createdAt: r.created_at,
  }));
}

/**
 * Records that senior management of one side approved the terms of reference; facilitators only.
 * The approvers need not be members: the facilitators record what was approved, by whom and
 * when, as the guide has the terms of reference become final then.
 */
export async function addTorApproval(db: TDb, actor: TMembership, input: TTorApprovalInput): Promise<void> {
  assertCan(actor, 'assessment.edit', 'tor_approvals.forbidden');
  const id = crypto.randomUUID();
  await db
    .insertInto('tor_approvals')
    .values({
      id,
      assessment_id: actor.assessmentId,
      side: input.side,
      name: input.name,
      title: input.title,
      organisation: input.organisation,
      approved_on: input.approvedOn,
      recorded_by: actor.userId,
      created_at: new Date().toISOString(),
    })
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'tor.approval',
    detail: { approvalId: id, side: input.side },
  });
}

/** Removes an approval recorded by mistake; facilitators only. */
export async function removeTorApproval(db: TDb, actor: TMembership, approvalId: string): Promise<void> {
  assertCan(actor, 'assessment.edit', 'tor_approvals.forbidden');
  const res = await db
    .deleteFrom('tor_approvals')
    .where('id', '=', approvalId)
    .where('assessment_id', '=', actor.assessmentId)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw new DomainError('tor_approvals.not_found');
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'tor.approval_removed',
    detail: { approvalId },
  });
}
