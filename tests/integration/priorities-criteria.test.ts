// Criteria the working group adds beside the guide's eight, on every database: only facilitators
// add or remove them, they are rated like the eight, removable only until a round uses them, and
// the results read in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { MAX_ADDED_CRITERIA } from '@/lib/domain/priorities/added-criteria';
import { setMemberBroadcaster } from '@/lib/realtime/broadcast';
import type { TMembership } from '@/lib/services/access/membership';
import { listAddedCriteria } from '@/lib/services/priorities/added-criteria';
import { addCriterion, removeCriterion } from '@/lib/services/priorities/added-criteria-changes';
import { createActivity } from '@/lib/services/priorities/candidate-activity-changes';
import { priorities, readWeights, setWeights } from '@/lib/services/priorities/priorities';
import { closeRound, openRound } from '@/lib/services/priorities/priorities-rounds';
import { setRating } from '@/lib/services/priorities/priorities-votes';
import { dbTargets, openMigrated } from './helpers/db-targets';
import { type TDemoMember, seedDemoMembers } from './helpers/demo-members';

describe.each(dbTargets())('added priority criteria on $name', (target) => {
  let db: TDb;
  let members: TDemoMember[];
  let ef: TMembership;
  let ic: TMembership;

  beforeAll(async () => {
    db = await openMigrated(target);
    ({ members } = await seedDemoMembers(db));
    ef = members.find((m) => m.role === 'EF')!;
    ic = members.find((m) => m.role === 'IC')!;
    // The demo's rounds are closed; the tests open their own.
    await db.updateTable('rating_rounds').set({ status: 'closed' }).execute();
    setMemberBroadcaster(() => undefined);
  });

  afterAll(async () => {
    setMemberBroadcaster(undefined);
    await db?.destroy();
    await target.cleanUp();
  });

  it('lets the roles that run sessions add and remove criteria, and refuses every other role', async () => {
    const roles = new Set(members.map((m) => m.role));
    expect([...roles]).toEqual(expect.arrayContaining(['EF', 'LF', 'IC', 'SM', 'OBS']));
    for (const m of members) {
      const add = addCriterion(db, m, { name: `By ${m.role}`, description: '' });
      if (!can(m.role, 'session.run')) {
        await expect(add).rejects.toMatchObject({ code: 'priorities.criteria_forbidden', status: 403 });
        continue;
      }
      const added = (await add).find((c) => c.name === `By ${m.role}`)!;
      expect(added).toMatchObject({ id: expect.stringMatching(/^added-[0-9a-f]{12}$/), used: false });
      await expect(removeCriterion(db, ic, added.id)).rejects.toMatchObject({ code: 'priorities.criteria_forbidden' });
      expect((await removeCriterion(db, m, added.id)).some((c) => c.id === added.id)).toBe(false);
    }
    expect(await listAddedCriteria(db, ef.assessmentId)).toEqual([]);
    await expect(removeCriterion(db, ef, 'added-000000000000')).rejects.toMatchObject({
      code: 'priorities.criterion_not_found',
    });
  });

  it('rates an added criterion like the eight, keeps it once voted, and reads the results in words', async () => {
    const [risk] = await addCriterion(db, ef, { name: 'Reputational risk', description: 'Harm to public trust.' });
    expect((await readWeights(db, ef.assessmentId))[risk!.id]).toBe(1);
    const a = await createActivity(db, ef, { title: 'Publish rulings', description: '', sources: [] });
    const b = await createActivity(db, ef, { title: 'Rotate staff', description: '', sources: [] });
    const roundId = await openRound(db, ef, {
      kind: 'rating',
      activityIds: [a, b],
      criteria: [risk!.id, 'importance', 'cost'],
      anonymous: false,
      results: 'live',
    });
    // The round keeps the guide's order, then the added criteria.
    const round = await db.selectFrom('rating_rounds').select('criteria').where('id', '=', roundId).executeTakeFirst();
    expect(JSON.parse(round!.criteria)).toEqual(['importance', 'cost', risk!.id]);
    await expect(removeCriterion(db, ef, risk!.id)).rejects.toMatchObject({ code: 'priorities.criterion_in_use' });
    for (const [activityId, criterion, value] of [
      [a, 'importance', 'high'],
      [a, 'cost', 'low'],
      [a, risk!.id, 'high'],
      [b, 'importance', 'medium'],
      [b, 'cost', 'high'],
      [b, risk!.id, 'low'],
    ] as const)
      await setRating(db, ic, { roundId, activityId, criterion, value });
    await closeRound(db, ef, roundId);
    await setWeights(db, ef, { weights: { [risk!.id]: 2 } });
    await expect(setWeights(db, ef, { weights: { 'added-ffffffffffff': 1 } })).rejects.toMatchObject({
      code: 'priorities.unknown_criterion',
    });

    const result = await priorities(db, ef.assessmentId);
    expect(result.addedCriteria).toEqual([
      { id: risk!.id, name: 'Reputational risk', description: 'Harm to public trust.', used: true },
    ]);
    const byTitle = Object.fromEntries(result.activities.map((x) => [x.title, x]));
    // Cost counts the other way round: a low cost reads as a high priority.
    expect(byTitle['Publish rulings']!.words).toEqual({
      overall: 'high',
      counts: { low: 0, medium: 0, high: 3 },
      of: 3,
    });
    // (2 + 1 + 2 × 1) / 4 = 1.25: low.
    expect(byTitle['Rotate staff']).toMatchObject({
      score: 1.25,
      words: { overall: 'low', counts: { low: 2, medium: 1, high: 0 }, of: 3 },
    });
    expect(await listAddedCriteria(db, ef.assessmentId)).toHaveLength(1);
  });

  it('refuses more than the allowed number of added criteria', async () => {
    const have = (await listAddedCriteria(db, ef.assessmentId)).length;
    for (let i = have; i < MAX_ADDED_CRITERIA; i++) await addCriterion(db, ef, { name: `C${i}`, description: '' });
    await expect(addCriterion(db, ef, { name: 'One too many', description: '' })).rejects.toMatchObject({
      code: 'priorities.too_many_criteria',
    });
  });
});
