// Candidate activities through the services on every database: gathered from the groups'
// persisted findings documents (idempotently), added, merged, withdrawn, agreed; and the
// priorities summary ranking them from a closed round.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatDocName } from '@/lib/collab/doc-names';
import { addCitation, addFinding, deleteFinding, findFinding, findingFragmentName } from '@/lib/collab/findings-layout';
import type { TDb } from '@/lib/db/client';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { listActivities } from '@/lib/services/priorities/candidate-activities';
import {
  createActivity,
  gatherFromFindings,
  mergeActivities,
  setAgreedPriority,
  updateActivity,
} from '@/lib/services/priorities/candidate-activity-changes';
import { ZNewActivitySchema } from '@/lib/contracts/priorities';
import { addQuestion } from '@/lib/services/checklist/checklist-adaptation';
import { setMemberBroadcaster } from '@/lib/realtime/broadcast';
import { createGroup } from '@/lib/services/workshop/groups';
import type { TMembership } from '@/lib/services/access/membership';
import { priorities, setWeights } from '@/lib/services/priorities/priorities';
import { closeRound, openRound } from '@/lib/services/priorities/priorities-rounds';
import { setRating } from '@/lib/services/priorities/priorities-votes';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

function paragraph(fragment: Y.XmlFragment, text: string) {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  fragment.insert(fragment.length, [p]);
}

describe.each(dbTargets())('candidate activities on $name', (target) => {
  let db: TDb;
  let ef: TMembership;
  let ic: TMembership;

  beforeAll(async () => {
    db = await openMigrated(target);
    const efId = await createUser(db, { email: 'ef@test.example', name: 'Fay', password: null });
    const assessmentId = (
      await createAssessment(db, efId, {
        administration: 'C',
        country: 'X',
        title: 'Priorities',
        scope: 'targeted',
        areas: ['transparency', 'automation'],
        mode: 2,
        plannedStart: null,
        plannedEnd: null,
        timeZone: 'UTC',
        creatorRole: 'EF',
      })
    ).id;
    ef = { assessmentId, userId: efId, role: 'EF' };
    const icId = await createUser(db, { email: 'ic@test.example', name: 'Ivo', password: null });
    await db
      .insertInto('memberships')
      .values({
        assessment_id: assessmentId,
        user_id: icId,
        role: 'IC',
        organisation: null,
        organisation_type: null,
        expertise: null,
        gender: null,
        joined_at: new Date().toISOString(),
      })
      .execute();
    ic = { assessmentId, userId: icId, role: 'IC' };
    // transparency.a1: a question the administration added, which the first finding cites.
    await addQuestion(db, ef, { areaId: 'transparency', text: 'Are rulings registers kept in every region?' });
    const groupId = await createGroup(db, assessmentId, ef, 'Group A');
    const doc = new Y.Doc();
    for (const [id, lines, cites] of [
      [
        'f1',
        ['Publish tariff rulings', 'Online, within a week.'],
        ['transparency.20', 'transparency.3', 'transparency.a1'],
      ],
      ['f2', ['Rotate staff at border posts'], ['automation.1']],
      ['f3', ['Deleted one'], []],
    ] as const) {
      addFinding(doc, 'activities', id, { id: icId, name: 'Ivo' });
      for (const line of lines) paragraph(doc.getXmlFragment(findingFragmentName(id)), line);
      for (const c of cites) addCitation(doc, id, c);
    }
    addFinding(doc, 'risks', 'r1', { id: icId, name: 'Ivo' });
    paragraph(doc.getXmlFragment(findingFragmentName('r1')), 'A risk, not an activity');
    deleteFinding(doc, findFinding(doc, 'f3')!, icId);
    await db
      .insertInto('yjs_documents')
      .values({
        name: formatDocName({ kind: 'group', assessmentId, groupId }),
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        updated_at: new Date().toISOString(),
      })
      .execute();
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('gathers one candidate per live proposed activity, once, with title, description and sources', async () => {
    await expect(gatherFromFindings(db, ic)).rejects.toMatchObject({ status: 403 });
    expect(await gatherFromFindings(db, ef)).toEqual({ added: 2, skipped: 0 });
    expect(await gatherFromFindings(db, ef)).toEqual({ added: 0, skipped: 2 });
    const list = await listActivities(db, ef.assessmentId);
    expect(list.map((a) => [a.title, a.description, a.sources.map((s) => `${s.areaId}:${s.questionKey}`)])).toEqual([
      [
        'Publish tariff rulings',
        'Online, within a week.',
        ['transparency:transparency.20', 'transparency:transparency.3', 'transparency:transparency.a1'],
      ],
      ['Rotate staff at border posts', '', ['automation:automation.1']],
    ]);
  });

  it('merges duplicates keeping every source, withdraws, and records the agreed priority', async () => {
    const [publish, rotate] = await listActivities(db, ef.assessmentId);
    const dup = await createActivity(db, ef, {
      title: 'Put rulings on the web',
      description: '',
      sources: ['transparency.5'],
    });
    await mergeActivities(db, ef, publish!.id, { duplicateIds: [dup] });
    const after = await listActivities(db, ef.assessmentId);
    expect(after.find((a) => a.id === publish!.id)!.sources.map((s) => s.questionKey)).toEqual([
      'transparency.20',
      'transparency.3',
      'transparency.5',
      'transparency.a1',
    ]);
    expect(after.find((a) => a.id === dup)).toMatchObject({ status: 'merged', mergedInto: publish!.id });
    await expect(updateActivity(db, ef, dup, { title: 'x' })).rejects.toMatchObject({ status: 409 });
    const extra = await createActivity(db, ef, { title: 'Withdrawn idea', description: '', sources: [] });
    await updateActivity(db, ef, extra, { status: 'withdrawn' });
    expect((await listActivities(db, ef.assessmentId, true)).map((a) => a.id)).toEqual([publish!.id, rotate!.id]);
    await setAgreedPriority(db, ef, rotate!.id, { priority: 'medium', reason: 'Costly but needed.' });
    await expect(setAgreedPriority(db, ic, rotate!.id, { priority: 'high', reason: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    expect((await listActivities(db, ef.assessmentId)).find((a) => a.id === rotate!.id)!.agreed).toMatchObject({
      priority: 'medium',
      reason: 'Costly but needed.',
      by: { id: ef.userId, name: 'Fay' },
    });
  });

  it('takes an added question as a source, shown with its label, and refuses an unknown one naming it', async () => {
    const input = ZNewActivitySchema.parse({
      title: 'Regional registers',
      sources: ['transparency.a1', 'automation.1'],
    });
    const id = await createActivity(db, ef, input);
    const made = (await listActivities(db, ef.assessmentId)).find((a) => a.id === id)!;
    expect(made.sources).toEqual([
      { questionKey: 'automation.1', areaId: 'automation', label: '1', added: false },
      { questionKey: 'transparency.a1', areaId: 'transparency', label: 'A1', added: true },
    ]);
    const before = (await listActivities(db, ef.assessmentId)).length;
    const unknown = ZNewActivitySchema.parse({
      title: 'Ghost source',
      sources: ['transparency.a1', 'transparency.a99'],
    });
    await expect(createActivity(db, ef, unknown)).rejects.toMatchObject({
      status: 400,
      message: 'Not a question of this assessment: transparency.a99.',
      fieldErrors: { sources: [expect.stringContaining('transparency.a99')] },
    });
    // A guide question outside the scope is refused too, and nothing was added.
    await expect(
      createActivity(db, ef, { title: 'Out of scope', description: '', sources: ['customs-control.1'] }),
    ).rejects.toMatchObject({ status: 400 });
    expect(await listActivities(db, ef.assessmentId)).toHaveLength(before);
    expect(ZNewActivitySchema.safeParse({ title: 'Bad key', sources: ['transparency.b1'] }).success).toBe(false);
    await updateActivity(db, ef, id, { status: 'withdrawn' });
  });

  it('ranks from the latest closed round with the weights, cost counting against', async () => {
    const [publish, rotate] = await listActivities(db, ef.assessmentId, true);
    const roundId = await openRound(db, ef, {
      kind: 'rating',
      activityIds: [publish!.id, rotate!.id],
      criteria: ['importance', 'cost'],
      anonymous: false,
      results: 'hidden',
    });
    for (const [activityId, criterion, value] of [
      [publish!.id, 'importance', 'high'],
      [publish!.id, 'cost', 'low'],
      [rotate!.id, 'importance', 'high'],
      [rotate!.id, 'cost', 'high'],
    ] as const)
      await setRating(db, ic, { roundId, activityId, criterion, value });
    // Hidden and open: nothing is shown yet.
    expect((await priorities(db, ef.assessmentId)).round).toBeNull();
    await closeRound(db, ef, roundId);
    await db.updateTable('rating_rounds').set({ revealed: 1 }).where('id', '=', roundId).execute();
    const result = await priorities(db, ef.assessmentId);
    expect(result.activities.map((a) => [a.title, a.score, a.rank])).toEqual([
      ['Publish tariff rulings', 3, 1],
      ['Rotate staff at border posts', 2, 2],
    ]);
    await setWeights(db, ef, { weights: { cost: 0 } });
    expect((await priorities(db, ef.assessmentId)).activities.map((a) => [a.score, a.rank, a.tied])).toEqual([
      [3, 1, true],
      [3, 1, true],
    ]);
  });
  it('tells each member who may see activities of every change, on their own connections', async () => {
    const sent: { userIds: readonly string[]; event: string }[] = [];
    setMemberBroadcaster((_assessmentId, userIds, event, ..._payload) => void sent.push({ userIds, event }));
    try {
      const id = await createActivity(db, ef, { title: 'Announced live', description: '', sources: [] });
      await updateActivity(db, ef, id, { title: 'Announced live, edited' });
      await setAgreedPriority(db, ef, id, { priority: 'low', reason: 'Later.' });
      await updateActivity(db, ef, id, { status: 'withdrawn' });
      await expect(updateActivity(db, ic, id, { status: 'active' })).rejects.toThrow();
      // Created, edited, agreed, withdrawn; the refused change announces nothing.
      const everyone = [ef.userId, ic.userId].sort();
      expect(sent.map((s) => [s.event, [...s.userIds].sort()])).toEqual(
        Array.from({ length: 4 }, () => ['activities:changed', everyone]),
      );
    } finally {
      setMemberBroadcaster(undefined);
    }
  });
});
