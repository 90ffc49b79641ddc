// The authorisation matrix of the Yjs upgrade: resolveDocAccess (server/yjs/access.ts), which
// the sync server calls before accepting an upgrade, for every document kind against every
// role, a non-member and an anonymous visitor, over a seeded database with breakout groups and
// a locked area. 'write'/'read' open a connection; the statuses refuse the upgrade.
// (The upgrade itself answering these statuses is covered by yjs-access.test.ts; the
// socket.io side, a contributor's forged facilitator event refused and audited, by
// live-room.test.ts "refuses a contributor’s forged facilitator commands".)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSessionUser } from '@/lib/auth/current-user';
import type { TRole } from '@/lib/domain/access/roles';
import { createGroup, updateGroup } from '@/lib/services/workshop/groups';
import { allocateArea } from '@/lib/services/workshop/area-allocation';
import { updateLiveState } from '@/lib/services/workshop/live-state';
import { type TDocAccess, resolveDocAccess } from '@/server/yjs/access';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
} from './helpers/yjs-harness';

type TActor = 'EF' | 'LF' | 'NCP' | 'SM' | 'IC' | 'ICb' | 'XC' | 'OBS' | 'nonMember' | 'anonymous';
const ROLE_OF: Record<Exclude<TActor, 'nonMember' | 'anonymous'>, TRole> = {
  EF: 'EF',
  LF: 'LF',
  NCP: 'NCP',
  SM: 'SM',
  IC: 'IC',
  ICb: 'IC',
  XC: 'XC',
  OBS: 'OBS',
};
const ACTORS = Object.keys(ROLE_OF).concat('nonMember', 'anonymous') as TActor[];

// Group A: IC and XC, areas A_AREA and LOCKED_AREA (locked from the live console).
// Group B: ICb, area B_AREA. UNALLOCATED_AREA belongs to no group.
const A_AREA = 'leadership-commitment';
const LOCKED_AREA = 'regulatory-framework';
const B_AREA = 'automation';
const UNALLOCATED_AREA = 'transparency';

type TDocKind =
  | 'factor: own group'
  | 'factor: locked, own group'
  | 'factor: other group'
  | 'factor: no group'
  | 'factor: unknown area'
  | 'group: own'
  | 'group: other'
  | 'group: of another assessment'
  | 'plan'
  | 'report'
  | 'malformed name'
  | 'other assessment plan';

const W = 'write' as const;
const R = 'read' as const;
const S401 = { status: 401 } as const;
const S404 = { status: 404 } as const;

/** Expected access per document (rows) and actor (columns); order as in ACTORS. */
const EXPECTED: Record<TDocKind, TDocAccess[]> = {
  //                               EF LF NCP SM IC ICb XC OBS non-member anonymous
  'factor: own group': /*       */ [W, W, W, R, W, R, W, R, S404, S401],
  'factor: locked, own group': /**/ [W, W, W, R, R, R, R, R, S404, S401],
  'factor: other group': /*     */ [W, W, W, R, R, W, R, R, S404, S401],
  'factor: no group': /*        */ [W, W, W, R, R, R, R, R, S404, S401],
  'factor: unknown area': /*    */ [S404, S404, S404, S404, S404, S404, S404, S404, S404, S401],
  'group: own': /*              */ [W, W, W, R, W, R, W, R, S404, S401],
  'group: other': /*            */ [W, W, W, R, R, W, R, R, S404, S401],
  'group: of another assessment': [S404, S404, S404, S404, S404, S404, S404, S404, S404, S401],
  plan: /*                      */ [W, W, W, R, W, W, W, R, S404, S401],
  report: /*                    */ [W, W, W, R, R, R, R, R, S404, S401],
  'malformed name': /*          */ [S404, S404, S404, S404, S404, S404, S404, S404, S404, S401],
  'other assessment plan': /*   */ [S404, S404, S404, S404, S404, S404, S404, S404, S404, S401],
};

describe.each(dbKinds)('Yjs document access matrix on %s', (kind) => {
  let t: TTestDb;
  const users = {} as Record<TActor, TTestUser>;
  const docs = {} as Record<TDocKind, string>;

  beforeAll(async () => {
    t = await createTestDb(kind);
    for (const a of ACTORS) users[a] = await createUser(t.db, a);
    const id = await createAssessment(t.db, users.EF);
    for (const [actor, role] of Object.entries(ROLE_OF)) await addMember(t.db, id, users[actor as TActor], role);
    const ef = { assessmentId: id, userId: users.EF.id, role: 'EF' as const };
    const groupA = await createGroup(t.db, id, ef, 'Group A');
    await updateGroup(t.db, id, ef, groupA, { memberIds: [users.IC.id, users.XC.id], rapporteurId: users.IC.id });
    await allocateArea(t.db, id, ef, A_AREA, groupA);
    await allocateArea(t.db, id, ef, LOCKED_AREA, groupA);
    const groupB = await createGroup(t.db, id, ef, 'Group B');
    await updateGroup(t.db, id, ef, groupB, { memberIds: [users.ICb.id], rapporteurId: users.ICb.id });
    await allocateArea(t.db, id, ef, B_AREA, groupB);
    await updateLiveState(t.db, id, () => ({ locked_areas: JSON.stringify([LOCKED_AREA]) }));

    // Another assessment, of which only a stranger is a member, with a group of its own.
    const stranger = await createUser(t.db, 'stranger');
    const other = await createAssessment(t.db, stranger);
    await addMember(t.db, other, stranger, 'EF');
    const otherGroup = await createGroup(
      t.db,
      other,
      { assessmentId: other, userId: stranger.id, role: 'EF' },
      'Elsewhere',
    );

    Object.assign(docs, {
      'factor: own group': `assessment.${id}.factor.${A_AREA}`,
      'factor: locked, own group': `assessment.${id}.factor.${LOCKED_AREA}`,
      'factor: other group': `assessment.${id}.factor.${B_AREA}`,
      'factor: no group': `assessment.${id}.factor.${UNALLOCATED_AREA}`,
      'factor: unknown area': `assessment.${id}.factor.no-such-area`,
      'group: own': `assessment.${id}.group.${groupA}`,
      'group: other': `assessment.${id}.group.${groupB}`,
      'group: of another assessment': `assessment.${id}.group.${otherGroup}`,
      plan: `assessment.${id}.plan`,
      report: `assessment.${id}.report`,
      'malformed name': `assessment.${id}.nothing`,
      'other assessment plan': `assessment.${other}.plan`,
    } satisfies Record<TDocKind, string>);
  });

  afterAll(async () => {
    await t?.close();
  });

  const sessionUser = (actor: TActor): TSessionUser | null =>
    actor === 'anonymous'
      ? null
      : { id: users[actor].id, email: `${actor}@example.test`, name: actor, isAdmin: false, timeZone: null };

  it.each(Object.keys(EXPECTED) as TDocKind[])('%s', async (doc) => {
    const got: Record<string, TDocAccess> = {};
    const want: Record<string, TDocAccess> = {};
    for (const [i, actor] of ACTORS.entries()) {
      got[actor] = await resolveDocAccess(t.db, sessionUser(actor), docs[doc]);
      want[actor] = EXPECTED[doc][i] ?? S404;
    }
    expect(got).toEqual(want);
  });
});
