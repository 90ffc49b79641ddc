import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName } from '../../lib/collab/doc-names';
import { covers, persistedDoc } from './helpers/yjs-db-state';
import {
  type TClient,
  type TTestDb,
  type TTestUser,
  addMember,
  connectClient,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
  waitFor,
} from './helpers/yjs-harness';

const CHILD = path.join(import.meta.dirname, 'helpers', 'yjs-child-server.ts');

/** Starts the sync server in a child process and resolves with its URL once it listens. */
async function startChild(tdb: TTestDb): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, DATABASE_URL: tdb.url, YJS_RATE: '10000' };
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
  });
  return { child, url: `ws://127.0.0.1:${port}/yjs` };
}

describe.each(dbKinds)('yjs crash (%s)', (kind) => {
  let tdb: TTestDb;
  let assessmentId: string;
  let users: TTestUser[];
  const children: ChildProcess[] = [];
  const clients: TClient[] = [];

  beforeAll(async () => {
    tdb = await createTestDb(kind);
    users = [await createUser(tdb.db, 'a'), await createUser(tdb.db, 'b'), await createUser(tdb.db, 'witness')];
    assessmentId = await createAssessment(tdb.db, users[0]!);
    for (const u of users) await addMember(tdb.db, assessmentId, u, 'IC');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const child of children) child.kill('SIGKILL');
    await tdb.close();
  });

  it('after SIGKILL mid-edit, a restarted server has everything that reached the old one', async () => {
    const name = factorDocName(assessmentId, 'transparency');
    const first = await startChild(tdb);
    children.push(first.child);
    const [a, b, witness] = users.map((u) => connectClient(first.url, name, u));
    clients.push(a!, b!, witness!);
    await waitFor(() => clients.every((c) => c.provider.synced), 'synced');

    // Two writers type continuously; the witness sees what the server applied and relayed.
    let typing = true;
    const type = (c: TClient, ch: string): void => {
      if (!typing) return;
      c.doc.getText('t').insert(c.doc.getText('t').length, ch);
      setTimeout(() => type(c, ch), 2);
    };
    type(a!, 'a');
    type(b!, 'b');
    await waitFor(() => witness!.doc.getText('t').length > 300, 'edits flowing');
    const snapshot = new Y.Doc();
    Y.applyUpdate(snapshot, Y.encodeStateAsUpdate(witness!.doc));
    // Everything the witness had seen must reach the database (within the one second the rules allow)...
    await waitFor(async () => covers(await persistedDoc(tdb.db, name), snapshot), 'snapshot persisted', 2000);
    // ...and the server is killed while the writers are still typing.
    first.child.kill('SIGKILL');
    await new Promise<void>((resolve) => first.child.once('exit', () => resolve()));
    typing = false;
    const atKill = await persistedDoc(tdb.db, name);
    expect(covers(atKill, snapshot)).toBe(true);

    // A fresh client of the restarted server loads exactly what was persisted.
    const second = await startChild(tdb);
    children.push(second.child);
    for (const c of clients) c.provider.disconnect();
    const fresh = connectClient(second.url, name, users[2]!);
    clients.push(fresh);
    await waitFor(() => fresh.provider.synced, 'fresh synced');
    expect(covers(fresh.doc, atKill)).toBe(true);
    expect(fresh.doc.getText('t').toJSON()).toBe(atKill.getText('t').toJSON());

    // The writers reconnect with their own documents and send what never reached the old server.
    const again = [a!, b!].map((c, i) => connectClient(second.url, name, users[i]!, c.doc));
    clients.push(...again);
    await waitFor(
      () => [a!, b!].every((c) => covers(fresh.doc, c.doc)) && covers(a!.doc, b!.doc) && covers(b!.doc, a!.doc),
      'all converge',
    );
    expect(fresh.doc.getText('t').toJSON()).toBe(a!.doc.getText('t').toJSON());
    second.child.kill('SIGKILL');
  });
});
