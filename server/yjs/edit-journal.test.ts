import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeSnapshot } from '../../lib/collab/history-snapshot';
import { blocksText, renderType } from '../../lib/collab/history-render';
import { STATUS_MAP, answerFragmentName } from '../../lib/collab/layout';
import type { TDb } from '../../lib/db/client';
import { loadAttribution } from '../../lib/services/history/store';
import { type TTestDb, createTestDb } from '../../tests/integration/helpers/yjs-harness';
import { EditJournal } from './edit-journal';
import { memoryLogger } from './logger';

// When the journal takes version points, on a clock the test moves: on a pause, at most every
// few minutes while typing goes on, when a writer leaves; never per keystroke; and the text from
// before history began kept as a first point.
const TIMING = { pauseMs: 30_000, maxMs: 180_000, tickMs: 1_000_000_000 };
const KEY = 'transparency.4';
const NAME = answerFragmentName(KEY);

describe('edit journal', () => {
  let t: TTestDb;
  let db: TDb;
  let docs = 0;

  beforeAll(async () => {
    t = await createTestDb('sqlite');
    db = t.db;
  });
  afterAll(async () => t?.close());

  /** A server document, its journal on a clock, and a writer whose keystrokes it applies as a connection's. */
  async function setUp(seed?: string) {
    const docName = `assessment.a${++docs}.factor.transparency`;
    const server = new Y.Doc({ gc: false });
    if (seed) {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(seed)]);
      server.getXmlFragment(NAME).insert(0, [p]);
    }
    const clock = { now: Date.parse('2026-12-07T08:00:00Z') };
    const journal = await EditJournal.load(
      db,
      docName,
      server,
      TIMING,
      memoryLogger(),
      () => Promise.resolve(),
      () => clock.now,
    );
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(server));
    const origin = {};
    writer.on('update', (u: Uint8Array) => journal.record('ana', origin, () => Y.applyUpdate(server, u, origin)));
    const text = (): Y.XmlText => {
      const f = writer.getXmlFragment(NAME);
      if (f.length === 0) f.insert(0, [new Y.XmlElement('paragraph')]);
      const p = f.get(0) as Y.XmlElement;
      if (p.length === 0) p.insert(0, [new Y.XmlText()]);
      return p.get(0) as Y.XmlText;
    };
    const type = (chars: string, everyMs = 300): void => {
      for (const c of chars) {
        text().insert(text().length, c);
        clock.now += everyMs;
        journal.tick();
      }
    };
    const versions = async () => {
      await journal.settled();
      return db.selectFrom('doc_versions').selectAll().where('doc_name', '=', docName).orderBy('id').execute();
    };
    return { docName, server, writer, clock, journal, type, versions };
  }

  it('takes one point when the writer pauses, not one per keystroke, credited to them', async () => {
    const s = await setUp();
    s.type('Gifts are declared');
    expect(await s.versions()).toHaveLength(0);
    s.clock.now += TIMING.pauseMs;
    s.journal.tick();
    const [v] = await s.versions();
    expect(v).toMatchObject({ type_name: NAME, authors: '["ana"]', restored_from: null });
    const who = await loadAttribution(db, s.docName);
    expect(blocksText(renderType(s.server, NAME, decodeSnapshot(v!.snapshot), null, who))).toBe('Gifts are declared');
    expect(who.authorOf(s.writer.clientID)).toBe('ana');
  });

  it('takes a point at most every few minutes while typing goes on', async () => {
    const s = await setUp();
    // Ten minutes of typing, a keystroke a second, never pausing.
    s.type('x'.repeat(600), 1_000);
    expect((await s.versions()).length).toBe(3);
  });

  it('takes the point of a writer who leaves at once', async () => {
    const s = await setUp();
    s.type('Rotation');
    s.journal.leave('ana');
    expect(await s.versions()).toHaveLength(1);
  });

  it('keeps the text from before history began as a first point, credited to nobody', async () => {
    const s = await setUp('Written before');
    s.type(' and after');
    s.clock.now += TIMING.pauseMs;
    s.journal.tick();
    const [before, after] = await s.versions();
    expect(before!.authors).toBe('[]');
    const who = await loadAttribution(db, s.docName);
    expect(blocksText(renderType(s.server, NAME, decodeSnapshot(before!.snapshot), null, who))).toBe('Written before');
    expect(blocksText(renderType(s.server, NAME, decodeSnapshot(after!.snapshot), null, who))).toBe(
      'Written before and after',
    );
  });

  it('records an evaluation as its own history name, and ignores what the server writes itself', async () => {
    const s = await setUp();
    s.writer.getMap(STATUS_MAP).set(KEY, 'in-place');
    s.server.getMap('lastEdit').set(KEY, { userId: 'server', name: 'x', at: 0 });
    s.journal.leave('ana');
    expect((await s.versions()).map((v) => v.type_name)).toEqual([`status:${KEY}`]);
  });

  it('marks what changed between two points, each change credited to who made it', async () => {
    const s = await setUp();
    s.type('Staff declare');
    s.journal.leave('ana');
    const t = (s.writer.getXmlFragment(NAME).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    t.delete(0, 'Staff '.length);
    t.insert(0, 'All officers ');
    s.journal.leave('ana');
    const [first, second] = await s.versions();
    const who = await loadAttribution(db, s.docName);
    const blocks = renderType(s.server, NAME, decodeSnapshot(second!.snapshot), decodeSnapshot(first!.snapshot), who);
    // In Yjs's order: the insertion lands after the deleted text it replaced.
    expect(blocks[0]!.spans).toHaveLength(3);
    expect(blocks[0]!.spans).toEqual(
      expect.arrayContaining([
        { text: 'All officers ', change: { kind: 'added', userId: 'ana' } },
        { text: 'Staff ', change: { kind: 'removed', userId: 'ana' } },
        { text: 'declare' },
      ]),
    );
  });
});
