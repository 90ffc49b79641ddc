// The log writer batches every document's updates into one INSERT, acknowledges a flush only
// once its rows are committed, keeps what the database refuses and writes it later, and compacts.
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TDb } from '@/lib/db/client';
import { covers, logRows, persistedDoc } from '@/tests/integration/helpers/yjs-db-state';
import { type TTestDb, createTestDb, waitFor } from '@/tests/integration/helpers/yjs-harness';
import { LogWriter } from './log-writer';
import { memoryLogger } from './logger';
import { DEFAULT_PERSISTENCE, DocLog, type TPersistenceOptions } from './persistence';

/** Counts INSERTs into the log, and refuses them while `refuse` says so (all of them, or those naming a document). */
class LogInserts implements KyselyPlugin {
  inserts = 0;
  refuse: boolean | string = false;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (args.node.kind === 'InsertQueryNode' && args.node.into?.table.identifier.name === 'yjs_updates') {
      this.inserts++;
      const refused =
        this.refuse === true || (typeof this.refuse === 'string' && JSON.stringify(args.node).includes(this.refuse));
      if (refused) throw new Error('database unavailable');
    }
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

describe('log writer', () => {
  let t: TTestDb;
  let db: TDb;
  const plugin = new LogInserts();
  const logger = memoryLogger();
  let n = 0;

  beforeAll(async () => {
    t = await createTestDb('sqlite');
    db = t.db.withPlugin(plugin);
  });
  afterAll(async () => t?.close());
  afterEach(() => {
    plugin.refuse = false;
    plugin.inserts = 0;
  });

  /** A fresh log of a fresh document, typing into which appends to the log. */
  function openLog(
    writer: LogWriter,
    opts: Partial<TPersistenceOptions> = {},
  ): { log: DocLog; doc: Y.Doc; type: (s: string) => void } {
    const doc = new Y.Doc();
    const log = new DocLog(
      writer,
      db,
      `doc-${++n}`,
      doc,
      { ...DEFAULT_PERSISTENCE, ...opts },
      { logRows: 0, lastId: 0 },
    );
    doc.on('update', (u: Uint8Array) => log.append(u));
    return { log, doc, type: (s) => doc.getText('t').insert(0, s) };
  }

  it('writes the batches of every document in one INSERT, one row each', async () => {
    const writer = new LogWriter(db, 30, logger);
    const logs = Array.from({ length: 5 }, () => openLog(writer));
    for (const l of logs) for (let i = 0; i < 4; i++) l.type(`${i}`);
    await waitFor(() => logs.every((l) => !l.log.hasUnwritten()), 'all written');
    expect(plugin.inserts).toBe(1);
    for (const l of logs) {
      expect(await logRows(t.db, l.log.name)).toBe(1);
      expect(covers(await persistedDoc(t.db, l.log.name), l.doc)).toBe(true);
    }
  });

  it('resolves a flush once what was appended before it is committed, without waiting for the batch delay', async () => {
    const writer = new LogWriter(db, 60_000, logger);
    const { log, doc, type } = openLog(writer);
    type('acknowledged');
    await log.flush();
    expect(covers(await persistedDoc(t.db, log.name), doc)).toBe(true);
    // Flushes asked for in one turn share one INSERT.
    const other = openLog(writer);
    other.type('x');
    type('y');
    plugin.inserts = 0;
    await Promise.all([log.flush(), other.log.flush()]);
    expect(plugin.inserts).toBe(1);
  });

  it('keeps a refused batch, rejects its flush, counts its lag and writes it on the retry', async () => {
    const writer = new LogWriter(db, 20, logger);
    const { log, doc, type } = openLog(writer);
    plugin.refuse = true;
    type('kept');
    await expect(log.flush()).rejects.toThrow('database unavailable');
    await new Promise((r) => setTimeout(r, 150));
    expect(log.lag(Date.now())).toBeGreaterThan(0.1);
    expect(covers(await persistedDoc(t.db, log.name), doc)).toBe(false);
    // Appends while failing wait for the retry rather than hammering the database.
    type(' and more');
    plugin.refuse = false;
    await waitFor(() => !log.hasUnwritten(), 'retried', 5000);
    expect(covers(await persistedDoc(t.db, log.name), doc)).toBe(true);
    expect(logger.lines.some((l) => l.event === 'persist-failed' && l.fields.doc === log.name)).toBe(true);
  });

  it('writes the other documents when the database refuses one document’s row', async () => {
    const writer = new LogWriter(db, 20, logger);
    const [bad, ...good] = Array.from({ length: 3 }, () => openLog(writer));
    plugin.refuse = bad!.log.name;
    for (const l of [bad!, ...good]) l.type('text');
    await waitFor(() => good.every((l) => !l.log.hasUnwritten()), 'the others written');
    for (const l of good) expect(covers(await persistedDoc(t.db, l.log.name), l.doc)).toBe(true);
    expect(bad!.log.hasUnwritten()).toBe(true);
    plugin.refuse = false;
    await waitFor(() => !bad!.log.hasUnwritten(), 'the refused one retried', 5000);
    expect(covers(await persistedDoc(t.db, bad!.log.name), bad!.doc)).toBe(true);
  });

  it('writes a file-backed SQLite database from a thread of its own, visible at once to the application’s connection', async () => {
    const plain = new LogWriter(t.db, 10, logger);
    expect(await plain.storeKind()).toBe('worker');
    // A handle with plugins keeps its writes, so that the plugins see them.
    expect(await new LogWriter(db, 10, logger).storeKind()).toBe('kysely');
    const doc = new Y.Doc();
    const log = new DocLog(
      plain,
      t.db,
      `doc-${++n}`,
      doc,
      { ...DEFAULT_PERSISTENCE, compactAfter: 2 },
      { logRows: 0, lastId: 0 },
    );
    doc.on('update', (u: Uint8Array) => log.append(u));
    doc.getText('t').insert(0, 'one ');
    await log.flush();
    expect(covers(await persistedDoc(t.db, log.name), doc)).toBe(true);
    doc.getText('t').insert(0, 'two ');
    await log.flush();
    await plain.settled();
    // Two rows: compacted into the state row by the worker, in the same queue.
    expect(await logRows(t.db, log.name)).toBe(0);
    doc.getText('t').insert(0, 'three ');
    await log.compact();
    expect((await persistedDoc(t.db, log.name)).getText('t').toJSON()).toBe(doc.getText('t').toJSON());
    await plain.close();
    // Closed, it opens its thread again when asked to write.
    doc.getText('t').insert(0, 'four ');
    await log.flush();
    expect(covers(await persistedDoc(t.db, log.name), doc)).toBe(true);
    await plain.close();
  });

  it('compacts a long log into the state row, and on compact() after writing what is queued', async () => {
    const writer = new LogWriter(db, 10, logger);
    const { log, doc, type } = openLog(writer, { compactAfter: 3 });
    for (let i = 0; i < 3; i++) {
      type(`${i}`);
      await log.flush();
    }
    await writer.settled();
    expect(await logRows(t.db, log.name)).toBe(0);
    type('last');
    await log.compact();
    expect(await logRows(t.db, log.name)).toBe(0);
    const state = await t.db
      .selectFrom('yjs_documents')
      .select('state')
      .where('name', '=', log.name)
      .executeTakeFirstOrThrow();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, state.state);
    expect(stored.getText('t').toJSON()).toBe(doc.getText('t').toJSON());
  });
});
