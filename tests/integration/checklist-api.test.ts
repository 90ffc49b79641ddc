// GET /api/assessments/:id/checklist reads answers and evaluations from the documents the sync
// server persisted: typed through a real provider, read back as plain text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName } from '../../lib/collab/doc-names';
import { STATUS_MAP, answerFragmentName } from '../../lib/collab/layout';
import { setAnswerFlag } from '../../lib/services/checklist/answer-flags';
import { assessmentChecklist } from '../../lib/services/checklist/checklist';
import { memoryLogger } from '../../server/yjs/logger';
import {
  type TTestDb,
  type TTestServer,
  addMember,
  connectClient,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
  startYjsServer,
  waitFor,
} from './helpers/yjs-harness';

describe.each(dbKinds)('checklist API answers (%s)', (kind) => {
  let tdb: TTestDb;
  let server: TTestServer;

  beforeAll(async () => {
    tdb = await createTestDb(kind);
    server = await startYjsServer({ db: tdb.db, logger: memoryLogger() });
  });

  afterAll(async () => {
    await server?.close();
    await tdb?.close();
  });

  it('returns each answer as plain text with its status, and nothing for questions not answered', async () => {
    const ef = await createUser(tdb.db, 'ef');
    const assessmentId = await createAssessment(tdb.db, ef);
    await addMember(tdb.db, assessmentId, ef, 'EF');
    const client = connectClient(server.url, factorDocName(assessmentId, 'transparency'), ef);
    await waitFor(() => client.provider.synced, 'synced');

    client.doc.transact(() => {
      const answer = client.doc.getXmlFragment(answerFragmentName('transparency.20'));
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Published on the website <script>x</script>')]);
      const bold = new Y.XmlElement('paragraph');
      bold.insert(0, [new Y.XmlText('and reviewed yearly.')]);
      answer.insert(0, [paragraph, bold]);
      client.doc.getMap(STATUS_MAP).set('transparency.20', 'needs-improvement');
      client.doc.getMap(STATUS_MAP).set('transparency.21', 'not-a-status');
    });
    await server.yjs.flush();

    await waitFor(async () => {
      const { questions } = await assessmentChecklist(tdb.db, assessmentId);
      return questions.find((q) => q.key === 'transparency.20')?.status === 'needs-improvement';
    }, 'answer persisted');
    const { source, questions } = await assessmentChecklist(tdb.db, assessmentId);
    expect(source).toContain('WCO Integrity Development Guide');
    const q20 = questions.find((q) => q.key === 'transparency.20')!;
    expect(q20).toMatchObject({
      area: { id: 'transparency' },
      number: 20,
      answer: 'Published on the website <script>x</script>\nand reviewed yearly.',
      status: 'needs-improvement',
    });
    expect(questions.find((q) => q.key === 'transparency.21')).toMatchObject({ answer: '', status: null });
    expect(questions.find((q) => q.key === 'transparency.19')).toBeUndefined();

    // The sensitive flag (table answer_flags) is shown only to those who may see it; for everyone
    // else the response is the same as before the flag, so it reveals nothing.
    const before = await assessmentChecklist(tdb.db, assessmentId, false);
    await setAnswerFlag(
      tdb.db,
      { assessmentId, userId: ef.id, role: 'EF' },
      { questionKey: 'transparency.20', flag: 'sensitive' },
    );
    expect(await assessmentChecklist(tdb.db, assessmentId, false)).toEqual(before);
    expect(before.questions.every((q) => !('sensitive' in q) && !('withheld' in q))).toBe(true);
    const shown = await assessmentChecklist(tdb.db, assessmentId, true);
    expect(shown.questions.find((q) => q.key === 'transparency.20')).toMatchObject({
      answer: q20.answer,
      sensitive: true,
    });
    expect(shown.questions.find((q) => q.key === 'transparency.21')).toMatchObject({ sensitive: false });
    client.destroy();
  });
});
