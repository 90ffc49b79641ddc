// Breakout groups through the services, on every database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import type { TRole } from '@/lib/domain/access/roles';
import { requireAccess } from '@/lib/services/access/access';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { groupsOverview, suggestGroupAllocation } from '@/lib/services/workshop/group-overview';
import { createGroup, deleteGroup, updateGroup } from '@/lib/services/workshop/groups';
import { allocateArea, editableAreas, replaceAllocation } from '@/lib/services/workshop/area-allocation';
import { removeMember } from '@/lib/services/accounts/members';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

const SCOPE = ['regulatory-framework', 'transparency', 'automation', 'human-resource-management'];

describe.each(dbTargets())('breakout groups on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  const ids: Record<'ef' | 'ana' | 'ben' | 'xc' | 'obs' | 'stranger', string> = {
    ef: '',
    ana: '',
    ben: '',
    xc: '',
    obs: '',
    stranger: '',
  };

  const actor = (who: keyof typeof ids, role: TRole) => ({ assessmentId, userId: ids[who], role });
  const ef = () => actor('ef', 'EF');

  async function join(who: keyof typeof ids, role: TRole, expertise: string | null = null) {
    await db
      .insertInto('memberships')
      .values({
        assessment_id: assessmentId,
        user_id: ids[who],
        role,
        organisation: null,
        organisation_type: null,
        expertise,
        gender: null,
        joined_at: new Date().toISOString(),
      })
      .execute();
  }

  beforeAll(async () => {
    db = await openMigrated(target);
    for (const who of Object.keys(ids) as (keyof typeof ids)[])
      ids[who] = await createUser(db, { email: `${who}@groups.test`, name: who.toUpperCase(), password: null });
    const a = await createAssessment(db, ids.ef, {
      administration: 'Customs',
      country: 'X',
      title: 'Groups test',
      scope: 'targeted',
      areas: SCOPE,
      mode: 2,
      plannedStart: null,
      plannedEnd: null,
      timeZone: 'UTC',
      creatorRole: 'EF',
    });
    assessmentId = a.id;
    await join('ana', 'IC', 'Human resources');
    await join('ben', 'IC', 'Information technology');
    await join('xc', 'XC');
    await join('obs', 'OBS');
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('before any group, lets internal contributors edit every area and external ones none', async () => {
    expect(await editableAreas(db, assessmentId, ids.ana)).toEqual(new Set(SCOPE));
    expect(await editableAreas(db, assessmentId, ids.xc)).toEqual(new Set());
    expect(await editableAreas(db, assessmentId, ids.obs)).toEqual(new Set());
    expect(await editableAreas(db, assessmentId, ids.ef)).toEqual(new Set(SCOPE));
    expect(await editableAreas(db, assessmentId, ids.stranger)).toEqual(new Set());
  });

  it('keeps each area in exactly one group, moving it when reallocated', async () => {
    const g1 = await createGroup(db, assessmentId, ef(), 'Alpha');
    const g2 = await createGroup(db, assessmentId, ef(), 'Beta');
    await expect(createGroup(db, assessmentId, ef(), 'alpha')).rejects.toMatchObject({ status: 409 });

    await allocateArea(db, assessmentId, ef(), 'transparency', g1);
    await allocateArea(db, assessmentId, ef(), 'transparency', g2);
    const rows = await db
      .selectFrom('group_areas')
      .selectAll()
      .where('assessment_id', '=', assessmentId)
      .where('area_id', '=', 'transparency')
      .execute();
    expect(rows.map((r) => r.group_id)).toEqual([g2]);
    // The primary key itself refuses a second group for the same area.
    await expect(
      db
        .insertInto('group_areas')
        .values({ assessment_id: assessmentId, area_id: 'transparency', group_id: g1 })
        .execute(),
    ).rejects.toThrow();

    await expect(allocateArea(db, assessmentId, ef(), 'leadership-commitment', g1)).rejects.toMatchObject({
      status: 400,
    });
    await expect(allocateArea(db, assessmentId, ef(), 'automation', 'no-such-group')).rejects.toMatchObject({
      status: 404,
    });

    let overview = await groupsOverview(db, assessmentId);
    expect(overview.groups.map((g) => [g.name, g.areas.map((a) => a.id)])).toEqual([
      ['Alpha', []],
      ['Beta', ['transparency']],
    ]);
    expect(overview.unallocatedAreas.map((a) => a.id)).toEqual([
      'regulatory-framework',
      'automation',
      'human-resource-management',
    ]);

    await allocateArea(db, assessmentId, ef(), 'transparency', null);
    overview = await groupsOverview(db, assessmentId);
    expect(overview.unallocatedAreas.map((a) => a.id)).toEqual(SCOPE);
    await deleteGroup(db, assessmentId, ef(), g1);
    await deleteGroup(db, assessmentId, ef(), g2);
  });

  it('keeps a member in one group per assessment and the rapporteur among the members', async () => {
    const g1 = await createGroup(db, assessmentId, ef(), 'One');
    const g2 = await createGroup(db, assessmentId, ef(), 'Two');
    await updateGroup(db, assessmentId, ef(), g1, { memberIds: [ids.ana, ids.xc], rapporteurId: ids.ana });
    await expect(updateGroup(db, assessmentId, ef(), g2, { memberIds: [ids.ana] })).rejects.toMatchObject({
      status: 409,
    });
    await expect(updateGroup(db, assessmentId, ef(), g2, { memberIds: [ids.stranger] })).rejects.toMatchObject({
      status: 400,
    });
    await expect(updateGroup(db, assessmentId, ef(), g2, { rapporteurId: ids.ana })).rejects.toMatchObject({
      status: 400,
    });
    // The database refuses the same even when the service is bypassed.
    await expect(
      db
        .insertInto('group_members')
        .values({ group_id: g2, user_id: ids.ana, assessment_id: assessmentId, is_rapporteur: 0 })
        .execute(),
    ).rejects.toThrow();

    // A refused change leaves nothing half done.
    await expect(
      updateGroup(db, assessmentId, ef(), g2, { name: 'Renamed', memberIds: [ids.ben], rapporteurId: ids.obs }),
    ).rejects.toMatchObject({ status: 400 });
    let overview = await groupsOverview(db, assessmentId);
    expect(overview.groups.map((g) => [g.name, g.members.map((m) => m.id), g.rapporteur?.id ?? null])).toEqual([
      ['One', [ids.ana, ids.xc], ids.ana],
      ['Two', [], null],
    ]);

    // Dropping the rapporteur from the members drops the rapporteur too.
    await updateGroup(db, assessmentId, ef(), g1, { memberIds: [ids.xc] });
    await updateGroup(db, assessmentId, ef(), g2, { memberIds: [ids.ana, ids.ben], rapporteurId: ids.ben });
    await updateGroup(db, assessmentId, ef(), g2, { rapporteurId: ids.ana });
    overview = await groupsOverview(db, assessmentId);
    expect(overview.groups.map((g) => [g.members.map((m) => m.id).sort(), g.rapporteur?.id ?? null])).toEqual([
      [[ids.xc], null],
      [[ids.ana, ids.ben].sort(), ids.ana],
    ]);
    await deleteGroup(db, assessmentId, ef(), g1);
    await deleteGroup(db, assessmentId, ef(), g2);
  });

  it('lets a contributor edit exactly their group’s areas, and nothing that is locked', async () => {
    const g1 = await createGroup(db, assessmentId, ef(), 'Rules');
    const g2 = await createGroup(db, assessmentId, ef(), 'Systems');
    await updateGroup(db, assessmentId, ef(), g1, { memberIds: [ids.ana, ids.xc] });
    await updateGroup(db, assessmentId, ef(), g2, { memberIds: [ids.ben] });
    await replaceAllocation(db, assessmentId, ef(), [
      { areaId: 'regulatory-framework', groupId: g1 },
      { areaId: 'transparency', groupId: g1 },
      { areaId: 'automation', groupId: g2 },
    ]);
    expect(await editableAreas(db, assessmentId, ids.ana)).toEqual(new Set(['regulatory-framework', 'transparency']));
    expect(await editableAreas(db, assessmentId, ids.xc)).toEqual(new Set(['regulatory-framework', 'transparency']));
    expect(await editableAreas(db, assessmentId, ids.ben)).toEqual(new Set(['automation']));
    expect(await editableAreas(db, assessmentId, ids.obs)).toEqual(new Set());
    expect(await editableAreas(db, assessmentId, ids.ef)).toEqual(new Set(SCOPE));
    expect(await editableAreas(db, assessmentId, ids.ana, new Set(['transparency']))).toEqual(
      new Set(['regulatory-framework']),
    );
    expect(await editableAreas(db, assessmentId, ids.ef, new Set(['transparency']))).toEqual(new Set(SCOPE));

    // Removal from the assessment removes the group membership with it.
    await removeMember(db, assessmentId, ef(), ids.xc);
    expect((await groupsOverview(db, assessmentId)).groups[0]!.members.map((m) => m.id)).toEqual([ids.ana]);
    await deleteGroup(db, assessmentId, ef(), g1);
    await deleteGroup(db, assessmentId, ef(), g2);
    expect(await editableAreas(db, assessmentId, ids.ana)).toEqual(new Set(SCOPE));
  });

  it('suggests a balanced allocation over the current groups', async () => {
    const g1 = await createGroup(db, assessmentId, ef(), 'People');
    const g2 = await createGroup(db, assessmentId, ef(), 'Tech');
    await updateGroup(db, assessmentId, ef(), g1, { memberIds: [ids.ana] });
    await updateGroup(db, assessmentId, ef(), g2, { memberIds: [ids.ben] });
    const s = await suggestGroupAllocation(db, assessmentId);
    expect(s.placements.map((p) => p.id)).toEqual(SCOPE);
    expect(s.placements.find((p) => p.id === 'human-resource-management')!.groupName).toBe('People');
    expect(s.placements.find((p) => p.id === 'automation')!.groupName).toBe('Tech');
    expect(s.totals.reduce((n, t) => n + t.questions, 0)).toBe(s.placements.reduce((n, p) => n + p.questions, 0));
    await replaceAllocation(
      db,
      assessmentId,
      ef(),
      s.placements.map((p) => ({ areaId: p.id, groupId: p.groupId })),
    );
    expect((await groupsOverview(db, assessmentId)).unallocatedAreas).toEqual([]);
    await deleteGroup(db, assessmentId, ef(), g1);
    await deleteGroup(db, assessmentId, ef(), g2);
  });

  it('refuses every change of groups to a contributor (403)', async () => {
    const g = await createGroup(db, assessmentId, ef(), 'Guarded');
    const ana = actor('ana', 'IC');
    await expect(
      requireAccess(
        db,
        assessmentId,
        { id: ids.ana, email: '', name: '', isAdmin: false, timeZone: null },
        'groups.manage',
      ),
    ).rejects.toMatchObject({ status: 403 });
    await expect(createGroup(db, assessmentId, ana, 'Mine')).rejects.toMatchObject({ status: 403 });
    await expect(updateGroup(db, assessmentId, ana, g, { memberIds: [ids.ana] })).rejects.toMatchObject({
      status: 403,
    });
    await expect(allocateArea(db, assessmentId, ana, 'transparency', g)).rejects.toMatchObject({ status: 403 });
    await expect(replaceAllocation(db, assessmentId, ana, [])).rejects.toMatchObject({ status: 403 });
    await expect(deleteGroup(db, assessmentId, ana, g)).rejects.toMatchObject({ status: 403 });
    const overview = await groupsOverview(db, assessmentId);
    expect(overview.groups.map((x) => [x.name, x.members.length, x.areas.length])).toEqual([['Guarded', 0, 0]]);
  });
});
