// The upgrade decides session and access in one query per document (access.ts); these check that
// it answers exactly as resolveSessionUser followed by resolveDocAccess would: a stale session
// version or a user who no longer exists is 401 whatever the document, and for a current session
// every document kind and role gets what resolveDocAccess gives.
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factorDocName, formatDocName } from '@/lib/collab/doc-names';
import type { TRole } from '@/lib/domain/access/roles';
import { createGroup, updateGroup } from '@/lib/services/workshop/groups';
import { allocateArea } from '@/lib/services/workshop/area-allocation';
import { updateLiveState } from '@/lib/services/workshop/live-state';
import {
  TEST_SECRET,
  type TTestDb,
  type TTestServer,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
  startYjsServer,
  upgradeStatus,
} from '@/tests/integration/helpers/yjs-harness';
import { resolveDocAccess, resolveSessionDocAccess } from './access';
import { memoryLogger } from './logger';

const ROLES: TRole[] = ['EF', 'LF', 'NCP', 'SM', 'IC', 'XC', 'OBS'];

describe.each(dbKinds)('upgrade authentication (%s)', (kind) => {
  let t: TTestDb;
  let server: TTestServer;
  let assessmentId = '';
  const members = {} as Record<TRole, TTestUser>;
  let grouped: TTestUser;
  let stranger: TTestUser;
  const docs: string[] = [];

  beforeAll(async () => {
    t = await createTestDb(kind);
    for (const role of ROLES) members[role] = await createUser(t.db, role);
    grouped = await createUser(t.db, 'grouped');
    stranger = await createUser(t.db, 'stranger');
    assessmentId = await createAssessment(t.db, members.EF);
    for (const role of ROLES) await addMember(t.db, assessmentId, members[role], role);
    await addMember(t.db, assessmentId, grouped, 'IC');
    const ef = { assessmentId, userId: members.EF.id, role: 'EF' as const };
    const group = await createGroup(t.db, assessmentId, ef, 'Group');
    await updateGroup(t.db, assessmentId, ef, group, {
      memberIds: [grouped.id, members.XC.id],
      rapporteurId: grouped.id,
    });
    await allocateArea(t.db, assessmentId, ef, 'transparency', group);
    await allocateArea(t.db, assessmentId, ef, 'automation', group);
    await updateLiveState(t.db, assessmentId, () => ({ locked_areas: JSON.stringify(['automation']) }));
    docs.push(
      factorDocName(assessmentId, 'transparency'),
      factorDocName(assessmentId, 'automation'),
      factorDocName(assessmentId, 'audit-investigation'),
      factorDocName(assessmentId, 'no-such-area'),
      formatDocName({ kind: 'group', assessmentId, groupId: group }),
      formatDocName({ kind: 'group', assessmentId, groupId: randomUUID() }),
      formatDocName({ kind: 'plan', assessmentId }),
      formatDocName({ kind: 'report', assessmentId }),
      formatDocName({ kind: 'plan', assessmentId: randomUUID() }),
      `assessment.${assessmentId}.nothing`,
    );
    server = await startYjsServer({ db: t.db, logger: memoryLogger() });
  });

  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it('decides every document as resolveDocAccess does for a current session, with the stored display name', async () => {
    for (const user of [...Object.values(members), grouped, stranger]) {
      const { name } = await t.db
        .selectFrom('users')
        .select('name')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      for (const doc of docs) {
        const access = await resolveDocAccess(
          t.db,
          { id: user.id, email: '', name: '', isAdmin: false, timeZone: null },
          doc,
        );
        const expected = typeof access === 'string' ? { access, userName: name } : access;
        expect(await resolveSessionDocAccess(t.db, user.id, 1, doc), `${doc} for ${user.id}`).toEqual(expected);
      }
    }
  });

  it('refuses a stale session version, an unknown user and a token without a user with 401, whatever the document', async () => {
    for (const doc of docs) {
      expect(await resolveSessionDocAccess(t.db, members.EF.id, 2, doc)).toEqual({ status: 401 });
      expect(await resolveSessionDocAccess(t.db, members.EF.id, undefined, doc)).toEqual({ status: 401 });
      expect(await resolveSessionDocAccess(t.db, randomUUID(), 1, doc)).toEqual({ status: 401 });
      expect(await resolveSessionDocAccess(t.db, undefined, 1, doc)).toEqual({ status: 401 });
    }
  });

  it('answers the upgrade itself: 401 once the user signed out everywhere, 404 for a malformed name only with a good session', async () => {
    const user = await createUser(t.db, 'signs-out');
    await addMember(t.db, assessmentId, user, 'IC');
    const plan = formatDocName({ kind: 'plan', assessmentId });
    const malformed = `assessment.${assessmentId}.nothing`;
    expect(await upgradeStatus(server.url, plan, user.cookie)).toBe(101);
    expect(await upgradeStatus(server.url, malformed, user.cookie)).toBe(404);
    // Signing out everywhere bumps the session version: the old cookie no longer opens anything.
    await t.db.updateTable('users').set({ session_version: 2 }).where('id', '=', user.id).execute();
    expect(await upgradeStatus(server.url, plan, user.cookie)).toBe(401);
    expect(await upgradeStatus(server.url, malformed, user.cookie)).toBe(401);
    // A well-signed token for a user who does not exist.
    const ghost = await encode({
      token: { sub: randomUUID(), sv: 1 },
      secret: process.env.NEXTAUTH_SECRET ?? TEST_SECRET,
    });
    expect(await upgradeStatus(server.url, plan, `next-auth.session-token=${ghost}`)).toBe(401);
  });
});
