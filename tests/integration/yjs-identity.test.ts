// Who a collaborator is comes from their session, never from what their client says: the name on
// their caret and presence, and the "last edited by" of the answers they change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName } from '../../lib/collab/doc-names';
import { LAST_EDIT_MAP, STATUS_MAP, answerFragmentName, parseLastEdit } from '../../lib/collab/layout';
import { memoryLogger } from '../../server/yjs/logger';
import {
  type TTestDb,
  type TTestServer,
  type TTestUser,
  addMember,
  connectClient,
  createAssessment,
  createTestDb,
  createUser,
  startYjsServer,
  waitFor,
} from './helpers/yjs-harness';

describe('yjs identities', () => {
  let tdb: TTestDb;
  let server: TTestServer;
  let assessmentId: string;
  let ef: TTestUser, ic: TTestUser;

  beforeAll(async () => {
    tdb = await createTestDb();
    ef = await createUser(tdb.db, 'Facilitator');
    ic = await createUser(tdb.db, 'Contributor');
    assessmentId = await createAssessment(tdb.db, ef);
    await addMember(tdb.db, assessmentId, ef, 'EF');
    await addMember(tdb.db, assessmentId, ic, 'IC');
    server = await startYjsServer({ db: tdb.db, logger: memoryLogger() });
  });
  afterAll(async () => {
    await server.close();
    await tdb.close();
  });

  it("a contributor's presence claiming the facilitator's name reaches the others with the contributor's own", async () => {
    const name = factorDocName(assessmentId, 'transparency');
    const facilitator = connectClient(server.url, name, ef);
    const contributor = connectClient(server.url, name, ic);
    try {
      await waitFor(() => facilitator.provider.synced && contributor.provider.synced, 'synced');
      contributor.provider.awareness.setLocalState({
        user: { id: ef.id, name: 'Facilitator', color: '#336699' },
        questionKey: 'transparency.1',
      });
      const seen = () => facilitator.provider.awareness.getStates().get(contributor.doc.clientID);
      await waitFor(() => seen()?.questionKey === 'transparency.1', 'contributor present');
      expect(seen()).toEqual({
        user: { id: ic.id, name: 'Contributor', color: '#336699' },
        questionKey: 'transparency.1',
      });

      // And again when the state changes, and when it names the contributor truthfully.
      contributor.provider.awareness.setLocalStateField('questionKey', 'transparency.2');
      await waitFor(() => seen()?.questionKey === 'transparency.2', 'contributor moved');
      expect(seen()?.user).toEqual({ id: ic.id, name: 'Contributor', color: '#336699' });
      contributor.provider.awareness.setLocalState({
        user: { id: ic.id, name: 'Contributor', color: '#336699' },
        questionKey: 'transparency.3',
      });
      await waitFor(() => seen()?.questionKey === 'transparency.3', 'contributor moved again');
      expect(seen()?.user).toEqual({ id: ic.id, name: 'Contributor', color: '#336699' });
    } finally {
      facilitator.destroy();
      contributor.destroy();
    }
  });

  it('an answer a contributor edits shows the contributor as its last editor, whatever the client wrote', async () => {
    const name = factorDocName(assessmentId, 'automation');
    const facilitator = connectClient(server.url, name, ef);
    const contributor = connectClient(server.url, name, ic);
    const lastEdit = (key: string) => parseLastEdit(facilitator.doc.getMap(LAST_EDIT_MAP).get(key));
    try {
      await waitFor(() => facilitator.provider.synced && contributor.provider.synced, 'synced');
      const from = Date.now();
      // The contributor answers one question, evaluates another, and credits both (and a third) to the facilitator.
      contributor.doc.transact(() => {
        contributor.doc.getXmlFragment(answerFragmentName('automation.1')).insert(0, [new Y.XmlText('answered')]);
        contributor.doc.getMap(STATUS_MAP).set('automation.2', 'in-place');
        for (const key of ['automation.1', 'automation.2', 'automation.3'])
          contributor.doc.getMap(LAST_EDIT_MAP).set(key, { userId: ef.id, name: 'Facilitator', at: from + 1e9 });
      });
      await waitFor(
        () =>
          lastEdit('automation.1')?.userId === ic.id &&
          lastEdit('automation.2')?.userId === ic.id &&
          lastEdit('automation.3') === null,
        'recorded',
      );
      for (const key of ['automation.1', 'automation.2']) {
        expect(lastEdit(key)).toEqual({ userId: ic.id, name: 'Contributor', at: expect.any(Number) });
        expect(lastEdit(key)!.at).toBeGreaterThanOrEqual(from);
        expect(lastEdit(key)!.at).toBeLessThanOrEqual(Date.now());
      }
      // The contributor's own copy comes to agree.
      await waitFor(
        () => parseLastEdit(contributor.doc.getMap(LAST_EDIT_MAP).get('automation.1'))?.userId === ic.id,
        'contributor sees the record',
      );

      // A later write of the record alone is put back too.
      contributor.doc.getMap(LAST_EDIT_MAP).set('automation.1', { userId: ef.id, name: 'Facilitator', at: from });
      contributor.doc.getMap(STATUS_MAP).set('automation.4', 'in-place');
      await waitFor(() => lastEdit('automation.4')?.userId === ic.id, 'later edit recorded');
      expect(lastEdit('automation.1')?.userId).toBe(ic.id);

      // The facilitator's own edit is the facilitator's.
      facilitator.doc.getXmlFragment(answerFragmentName('automation.1')).insert(0, [new Y.XmlText('reviewed ')]);
      await waitFor(
        () => parseLastEdit(contributor.doc.getMap(LAST_EDIT_MAP).get('automation.1'))?.userId === ef.id,
        'facilitator recorded',
      );
      expect(lastEdit('automation.1')?.name).toBe('Facilitator');
      expect([...facilitator.closes, ...contributor.closes]).toEqual([]);
    } finally {
      facilitator.destroy();
      contributor.destroy();
    }
  });
});
