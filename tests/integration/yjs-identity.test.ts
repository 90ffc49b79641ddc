// Who a collaborator is comes from their session, never from what their client says: the name on
// their caret and presence, and the "last edited by" of the answers they change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factorDocName } from '../../lib/collab/doc-names';
import { memoryLogger } from '../../server/yjs/logger';
import { type TTestDb, type TTestServer, type TTestUser, addMember, connectClient, createAssessment, createTestDb, createUser, startYjsServer, waitFor } from './helpers/yjs-harness';

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
      contributor.provider.awareness.setLocalState({ user: { id: ef.id, name: 'Facilitator', color: '#336699' }, questionKey: 'transparency.1' });
      const seen = () => facilitator.provider.awareness.getStates().get(contributor.doc.clientID);
      await waitFor(() => seen()?.questionKey === 'transparency.1', 'contributor present');
      expect(seen()).toEqual({ user: { id: ic.id, name: 'Contributor', color: '#336699' }, questionKey: 'transparency.1' });

      // And again when the state changes, and when it names the contributor truthfully.
      contributor.provider.awareness.setLocalStateField('questionKey', 'transparency.2');
      await waitFor(() => seen()?.questionKey === 'transparency.2', 'contributor moved');
      expect(seen()?.user).toEqual({ id: ic.id, name: 'Contributor', color: '#336699' });
      contributor.provider.awareness.setLocalState({ user: { id: ic.id, name: 'Contributor', color: '#336699' }, questionKey: 'transparency.3' });
      await waitFor(() => seen()?.questionKey === 'transparency.3', 'contributor moved again');
      expect(seen()?.user).toEqual({ id: ic.id, name: 'Contributor', color: '#336699' });
    } finally {
      facilitator.destroy();
      contributor.destroy();
    }
  });
});
