// The cost of answers' history (docs/history.md). `npm run bench:history`; the last line printed
// is one JSON object. A fully answered checklist area (every question three paragraphs, written
// before history began) is edited by 10 writers for 10 minutes of simulated time: each types bursts
// at three to five keystrokes a second (one in ten a backspace) into a question's text, pauses
// between bursts and moves to another question now and then. Their updates reach the server's
// document through the sync server's own EditJournal, which takes the version points by its own
// rules on the simulated clock. Then: the history's stored size against the document's, and the
// time to list an answer's versions and to render its oldest version with the changes since, through
// the services the API calls, on SQLite.
// Targets: `historyToDocRatio` at most 3; `listMs.p50` and `diffMs.p50` under 200.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { TSessionUser } from '../lib/auth/current-user';
import { factorDocName } from '../lib/collab/doc-names';
import { answerFragmentName } from '../lib/collab/layout';
import { insertDocState } from '../lib/collab/persisted-doc';
import { migrate, openDb } from '../lib/db/client';
import { areaQuestions, checklistAreas } from '../lib/idg/checklist';
import { DEMO_ASSESSMENT_TITLE, DEMO_USERS, seedDemo } from '../lib/services/assessments/demo-seed';
import { listHistory, viewVersion } from '../lib/services/history/answer-history';
import { DEFAULT_HISTORY_TIMING, EditJournal } from '../server/yjs/edit-journal';

const WRITERS = 10;
const SIMULATED_MS = 10 * 60_000;
const STEP_MS = 100;
const PARAGRAPHS = 3;
const PARAGRAPH_CHARS = 220;
const TIMING_RUNS = 20;

// A small seeded generator, so that every run edits the same way.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'integrity officers declare assets rotation audit broker risk transparent clear procedure'.split(' ');
const sentence = (rnd: () => number, chars: number): string => {
  let out = '';
  while (out.length < chars) out += `${WORDS[Math.floor(rnd() * WORDS.length)]} `;
  return out.slice(0, chars);
};

type TWriter = {
  userId: string;
  doc: Y.Doc;
  question: string;
  /** Keystrokes left in the current burst; 0 while pausing. */
  burst: number;
  /** Simulated time of the next keystroke. */
  next: number;
  /** Where the burst types: a paragraph of the question and the caret in it. */
  paragraph: number;
  caret: number;
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-bench-history-'));
  const db = openDb({ sqliteFile: path.join(dir, 'bench.sqlite') });
  try {
    await migrate(db);
    if (!(await seedDemo(db))) throw new Error('the demo was not seeded');
    const { id: assessmentId } = await db
      .selectFrom('assessments')
      .select('id')
      .where('title', '=', DEMO_ASSESSMENT_TITLE)
      .executeTakeFirstOrThrow();
    const facilitator = await db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', DEMO_USERS[0]!.email)
      .executeTakeFirstOrThrow();
    const reader: TSessionUser = {
      id: facilitator.id,
      email: facilitator.email,
      name: facilitator.name,
      isAdmin: false,
      timeZone: null,
    };
    const area = checklistAreas[0]!;
    const keys = areaQuestions(area).map((q) => q.key);
    const docName = factorDocName(assessmentId, area.id);
    const rnd = random(20261207);

    // The area as answered before history began: the server's document, kept without collection.
    const server = new Y.Doc({ gc: false });
    server.transact(() => {
      for (const key of keys) {
        const fragment = server.getXmlFragment(answerFragmentName(key));
        for (let p = 0; p < PARAGRAPHS; p++) {
          const text = new Y.XmlText();
          text.insert(0, sentence(rnd, PARAGRAPH_CHARS));
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [text]);
          fragment.push([paragraph]);
        }
      }
    });

    let now = Date.parse('2026-12-07T09:00:00Z');
    const journal = await EditJournal.load(
      db,
      docName,
      server,
      { ...DEFAULT_HISTORY_TIMING, tickMs: 1_000_000_000 },
      { info: () => undefined, warn: (e, f) => console.warn(e, f) },
      () => Promise.resolve(),
      () => now,
    );

    const writers: TWriter[] = [];
    for (let i = 0; i < WRITERS; i++) {
      const userId = randomUUID();
      await db
        .insertInto('users')
        .values({
          id: userId,
          email: `writer${i}@bench.test`,
          name: `Writer ${i + 1}`,
          password_hash: null,
          is_admin: 0,
          time_zone: null,
          locale: null,
          created_at: new Date(now).toISOString(),
        })
        .execute();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
      writers.push({
        userId,
        doc,
        question: keys[i % keys.length]!,
        burst: 0,
        next: now + rnd() * 5_000,
        paragraph: 0,
        caret: 0,
      });
    }
    // Every writer's change reaches the server as a connection's update would, and the others.
    for (const w of writers) {
      w.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === 'remote') return;
        journal.record(w.userId, w, () => Y.applyUpdate(server, update, w));
        for (const o of writers) if (o !== w) Y.applyUpdate(o.doc, update, 'remote');
      });
    }

    let keystrokes = 0;
    const end = now + SIMULATED_MS;
    for (let step = 0; now < end; step++, now += STEP_MS) {
      for (const w of writers) {
        if (now < w.next) continue;
        if (w.burst === 0) {
          w.burst = 20 + Math.floor(rnd() * 100);
          if (rnd() < 0.3) w.question = keys[Math.floor(rnd() * keys.length)]!;
          w.paragraph = Math.floor(rnd() * PARAGRAPHS);
          w.caret = Math.floor(rnd() * PARAGRAPH_CHARS);
        }
        type(w, rnd);
        keystrokes++;
        w.burst--;
        // Three to five keystrokes a second; a pause of 5 to 60 seconds after a burst.
        w.next = now + (w.burst > 0 ? 200 + rnd() * 130 : 5_000 + rnd() * 55_000);
      }
      if (step % 10 === 0) journal.tick();
      if (step % 100 === 0) await journal.settled();
    }
    for (const w of writers) journal.leave(w.userId);
    await journal.close();
    await insertDocState(db, docName, server);

    const docStoredBytes = Y.encodeStateAsUpdate(server).byteLength;
    const collected = new Y.Doc();
    Y.applyUpdate(collected, Y.encodeStateAsUpdate(server));
    const docCollectedBytes = Y.encodeStateAsUpdate(collected).byteLength;

    const versions = await db
      .selectFrom('doc_versions')
      .select(['id', 'type_name', 'created_at', 'authors', 'snapshot'])
      .where('doc_name', '=', docName)
      .execute();
    const clients = await db.selectFrom('doc_clients').selectAll().where('doc_name', '=', docName).execute();
    const deletions = await db.selectFrom('doc_deletions').selectAll().where('doc_name', '=', docName).execute();
    // What the rows hold, not the database's page overhead: ids at 8 bytes, text at its length.
    const historyBytes =
      versions.reduce(
        (n, v) => n + 8 + v.type_name.length + v.created_at.length + v.authors.length + v.snapshot.byteLength,
        0,
      ) +
      clients.reduce((n, c) => n + 8 + c.user_id.length, 0) +
      deletions.reduce((n, d) => n + 8 + d.user_id.length + d.deletes.byteLength, 0);

    const perQuestion = new Map<string, number>();
    for (const v of versions) perQuestion.set(v.type_name, (perQuestion.get(v.type_name) ?? 0) + 1);
    const [busiestType] = [...perQuestion].sort((a, b) => b[1] - a[1])[0]!;
    const busiest = busiestType.slice(busiestType.indexOf(':') + 1);
    const listMs: number[] = [];
    const diffMs: number[] = [];
    let listed = 0;
    for (let i = 0; i < TIMING_RUNS; i++) {
      const t0 = performance.now();
      const history = await listHistory(db, assessmentId, reader, busiest);
      listMs.push(performance.now() - t0);
      listed = history.versions.length;
      const oldest = history.versions.at(-1)!;
      const t1 = performance.now();
      await viewVersion(db, assessmentId, reader, busiest, String(oldest.id));
      diffMs.push(performance.now() - t1);
    }

    const result = {
      writers: WRITERS,
      simulatedMinutes: SIMULATED_MS / 60_000,
      questions: keys.length,
      keystrokes,
      versionPoints: versions.length,
      versionPointsPerWriterMinute: +(versions.length / WRITERS / (SIMULATED_MS / 60_000)).toFixed(2),
      docStoredBytes,
      docCollectedBytes,
      deletedContentBytes: docStoredBytes - docCollectedBytes,
      historyBytes,
      historyToDocRatio: +(historyBytes / docStoredBytes).toFixed(3),
      historyAndDeletedToCollectedRatio: +(
        (historyBytes + docStoredBytes - docCollectedBytes) /
        docCollectedBytes
      ).toFixed(3),
      busiestQuestion: { key: busiest, versions: listed },
      listMs: { p50: +median(listMs).toFixed(1), max: +Math.max(...listMs).toFixed(1) },
      diffMs: { p50: +median(diffMs).toFixed(1), max: +Math.max(...diffMs).toFixed(1) },
    };
    console.log(JSON.stringify(result));
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// One keystroke of a writer at their caret: a character, or one in ten a backspace.
function type(w: TWriter, rnd: () => number): void {
  const fragment = w.doc.getXmlFragment(answerFragmentName(w.question));
  const paragraph = fragment.get(Math.min(w.paragraph, fragment.length - 1)) as Y.XmlElement | undefined;
  const text = paragraph?.get(0) as Y.XmlText | undefined;
  if (!text) return;
  w.caret = Math.min(w.caret, text.length);
  if (rnd() < 0.1 && w.caret > 0) text.delete(--w.caret, 1);
  else text.insert(w.caret++, 'abcdefghijklmnopqrstuvwxyz '[Math.floor(rnd() * 27)]!);
}

await main();
