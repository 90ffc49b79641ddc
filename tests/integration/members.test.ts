// Invitations, memberships and access rules through the services, on every database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import { checkAccess } from '@/lib/services/access/access';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { acceptInvitation, createInvitation, revokeInvitation } from '@/lib/services/accounts/invitations';
import { changeRole, listMembers, removeMember } from '@/lib/services/accounts/members';
import { findMembership } from '@/lib/services/access/membership';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

const invite = (email: string, role: 'EF' | 'LF' | 'IC' | 'OBS' = 'IC') => ({
  email,
  role,
  organisation: null,
  organisationType: null,
  expertise: null,
  gender: null,
});
const user = (id: string) => ({ id, email: '', name: '', isAdmin: false, timeZone: null });

describe.each(dbTargets())('members and invitations on $name', (target) => {
  let db: TDb;
  let efId: string;
  let assessmentId: string;

  beforeAll(async () => {
    db = await openMigrated(target);
    efId = await createUser(db, { email: 'ef@test.example', name: 'Eve Facilitator', password: null });
    const a = await createAssessment(db, efId, {
      administration: 'Customs',
      country: 'X',
      title: 'Members test',
      scope: 'targeted',
      areas: ['transparency', 'automation'],
      mode: 2,
      plannedStart: null,
      plannedEnd: null,
      timeZone: 'UTC',
      creatorRole: 'EF',
    });
    assessmentId = a.id;
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  const ef = () => ({ assessmentId, userId: efId, role: 'EF' as const });

  it('accepts an invitation once, creating the account and the membership', async () => {
    const { token } = await createInvitation(db, assessmentId, ef(), invite('new@test.example'));
    const { userId } = await acceptInvitation(db, token, {
      newAccount: { name: 'New Person', password: 'long-enough-pw' },
    });
    expect((await findMembership(db, assessmentId, userId))?.role).toBe('IC');
    await expect(
      acceptInvitation(db, token, { newAccount: { name: 'Again', password: 'long-enough-pw' } }),
    ).rejects.toMatchObject({ status: 410 });
  });

  it('refuses an expired, a withdrawn and an unknown invitation, changing nothing', async () => {
    const expired = await createInvitation(db, assessmentId, ef(), invite('late@test.example'));
    await db
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expired.id)
      .execute();
    await expect(
      acceptInvitation(db, expired.token, { newAccount: { name: 'Late', password: 'long-enough-pw' } }),
    ).rejects.toThrow(/expired/);

    const withdrawn = await createInvitation(db, assessmentId, ef(), invite('gone@test.example'));
    await revokeInvitation(db, assessmentId, withdrawn.id, efId);
    await expect(
      acceptInvitation(db, withdrawn.token, { newAccount: { name: 'Gone', password: 'long-enough-pw' } }),
    ).rejects.toThrow(/withdrawn/);

    await expect(
      acceptInvitation(db, 'x'.repeat(40), { newAccount: { name: 'Nobody', password: 'long-enough-pw' } }),
    ).rejects.toMatchObject({ status: 404 });
    const emails = (await db.selectFrom('users').select('email').execute()).map((u) => u.email);
    expect(emails).not.toContain('late@test.example');
    expect(emails).not.toContain('gone@test.example');
  });

  it('stores only a hash of the token', async () => {
    const { id, token } = await createInvitation(db, assessmentId, ef(), invite('hash@test.example'));
    const row = await db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('lets an existing account accept only with the invited email', async () => {
    const other = await createUser(db, { email: 'other@test.example', name: 'Other', password: null });
    const { token } = await createInvitation(db, assessmentId, ef(), invite('someone@test.example'));
    await expect(acceptInvitation(db, token, { userId: other, email: 'other@test.example' })).rejects.toMatchObject({
      status: 403,
    });
  });

  it('keeps a local facilitator from appointing an external facilitator', async () => {
    await expect(
      createInvitation(db, assessmentId, { assessmentId, userId: efId, role: 'LF' }, invite('ef2@test.example', 'EF')),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('changes roles and removes members, but never the last facilitator', async () => {
    await expect(changeRole(db, assessmentId, ef(), efId, 'IC')).rejects.toMatchObject({ status: 409 });
    await expect(removeMember(db, assessmentId, ef(), efId)).rejects.toMatchObject({ status: 409 });

    const { token } = await createInvitation(db, assessmentId, ef(), invite('obs@test.example', 'OBS'));
    const { userId } = await acceptInvitation(db, token, { newAccount: { name: 'Obs', password: 'long-enough-pw' } });
    await changeRole(db, assessmentId, ef(), userId, 'SM');
    expect((await findMembership(db, assessmentId, userId))?.role).toBe('SM');
    await removeMember(db, assessmentId, ef(), userId);
    expect(await findMembership(db, assessmentId, userId)).toBeNull();
    expect((await listMembers(db, assessmentId)).map((m) => m.userId)).not.toContain(userId);
  });

  it('answers not-found to a non-member and forbidden to a member without the right', async () => {
    const stranger = await createUser(db, { email: 'stranger@test.example', name: 'Stranger', password: null });
    expect((await checkAccess(db, assessmentId, user(stranger), 'assessment.view')).kind).toBe('not-found');
    expect((await checkAccess(db, 'no-such-assessment', user(efId), 'assessment.view')).kind).toBe('not-found');

    const { token } = await createInvitation(db, assessmentId, ef(), invite('watcher@test.example', 'OBS'));
    const { userId } = await acceptInvitation(db, token, {
      newAccount: { name: 'Watcher', password: 'long-enough-pw' },
    });
    expect((await checkAccess(db, assessmentId, user(userId), 'members.invite')).kind).toBe('forbidden');
    expect((await checkAccess(db, assessmentId, user(userId), 'checklist.view')).kind).toBe('ok');
  });
});
