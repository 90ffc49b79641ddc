import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import type { TInvitationRow } from '../../db/schema';
import { assignableRoles } from '../../domain/access/permissions';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import type { TInvitationInput, TPendingInvitationsResponse } from '../../contracts/accounts';
import { ZRoleSchema } from '../../domain/access/role-schema';
import { createUser, findUserByEmail } from './users';
import { env } from '../../config/env';

/** SHA-256 of an invitation token: only the hash is stored, so a database leak opens no account. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Creates an invitation and returns its one-time token (shown or mailed once, never stored). */
export async function createInvitation(
  db: TDb,
  assessmentId: string,
  inviter: TMembership,
  input: TInvitationInput,
): Promise<{ id: string; token: string; expiresAt: string }> {
  if (!assignableRoles(inviter.role).includes(input.role))
    throw new DomainError('invitations.cannot_invite_as', { role: input.role });
  const member = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('users.id')
    .where('memberships.assessment_id', '=', assessmentId)
    .where('users.email', '=', input.email)
    .executeTakeFirst();
  if (member)
    throw new DomainError('invitations.already_member', undefined, { fieldErrors: { email: ['Already a member.'] } });

  const token = crypto.randomBytes(32).toString('base64url');
  const id = crypto.randomUUID();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + env().INVITATION_TTL_DAYS * 86_400_000).toISOString();
  await db
    .insertInto('invitations')
    .values({
      id,
      assessment_id: assessmentId,
      email: input.email,
      role: input.role,
      organisation: input.organisation,
      organisation_type: input.organisationType,
      expertise: input.expertise,
      gender: input.gender,
      token_hash: hashToken(token),
      expires_at: expiresAt,
      accepted_at: null,
      revoked_at: null,
      invited_by: inviter.userId,
      created_at: now.toISOString(),
    })
    .execute();
  await audit(db, {
    assessmentId,
    actorId: inviter.userId,
    action: 'invitation.create',
    detail: { email: input.email, role: input.role },
  });
  return { id, token, expiresAt };
}

export type TInvitationState = 'valid' | 'expired' | 'used' | 'revoked';

/** Why an invitation can or cannot be accepted now. */
export function invitationState(
  row: Pick<TInvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>,
  now = new Date(),
): TInvitationState {
  if (row.accepted_at) return 'used';
  if (row.revoked_at) return 'revoked';
  if (new Date(row.expires_at) <= now) return 'expired';
  return 'valid';
}

/** The invitation behind a token, with the assessment's title and whether an account already exists. */
export async function lookupInvitation(db: TDb, token: string) {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('assessments', 'assessments.id', 'invitations.assessment_id')
    .selectAll('invitations')
    .select(['assessments.title as assessment_title', 'assessments.administration'])
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  const account = await findUserByEmail(db, row.email);
  return { ...row, state: invitationState(row), hasAccount: Boolean(account) };
}

/**
 * Accepts an invitation: with `account` for a new person (name and password), or with the
 * signed-in user whose email matches. Marks it used and adds the membership, atomically.
 */
export async function acceptInvitation(
  db: TDb,
  token: string,
  who: { newAccount: { name: string; password: string } } | { userId: string; email: string },
): Promise<{ assessmentId: string; userId: string }> {
  const invitation = await lookupInvitation(db, token);
  if (!invitation) throw new DomainError('invitations.link_invalid');
  if (invitation.state !== 'valid') throw new DomainError(`invitations.${invitation.state}`);

  let userId: string;
  if ('newAccount' in who) {
    if (invitation.hasAccount) throw new DomainError('invitations.account_exists');
    userId = await createUser(db, {
      email: invitation.email,
      name: who.newAccount.name,
      password: who.newAccount.password,
    });
  } else {
    if (who.email !== invitation.email)
      throw new DomainError('invitations.wrong_account', { invited: invitation.email, signedIn: who.email });
    userId = who.userId;
  }

  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    // The accepted_at guard makes a double submission harmless: only one update wins.
    const res = await trx
      .updateTable('invitations')
      .set({ accepted_at: now })
      .where('id', '=', invitation.id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new DomainError('invitations.used');
    await trx
      .insertInto('memberships')
      .values({
        assessment_id: invitation.assessment_id,
        user_id: userId,
        role: invitation.role,
        organisation: invitation.organisation,
        organisation_type: invitation.organisation_type,
        expertise: invitation.expertise,
        gender: invitation.gender,
        joined_at: now,
      })
      .onConflict((oc) => oc.columns(['assessment_id', 'user_id']).doNothing())
      .execute();
  });
  await audit(db, {
    assessmentId: invitation.assessment_id,
    actorId: userId,
    action: 'invitation.accept',
    detail: { role: invitation.role },
  });
  return { assessmentId: invitation.assessment_id, userId };
}

/** Invitations not yet accepted, newest first. */
export async function listPendingInvitations(
  db: TDb,
  assessmentId: string,
): Promise<TPendingInvitationsResponse['invitations']> {
  const rows = await db
    .selectFrom('invitations')
    .select(['id', 'email', 'role', 'expires_at', 'created_at', 'revoked_at'])
    .where('assessment_id', '=', assessmentId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, role: ZRoleSchema.parse(r.role) }));
}

/** Withdraws a pending invitation so its link stops working. */
export async function revokeInvitation(
  db: TDb,
  assessmentId: string,
  invitationId: string,
  actorId: string,
): Promise<void> {
  const res = await db
    .updateTable('invitations')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', invitationId)
    .where('assessment_id', '=', assessmentId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new DomainError('invitations.not_pending');
  await audit(db, { assessmentId, actorId, action: 'invitation.revoke', detail: { invitationId } });
}
