// Hostile sync frames against the real app's /yjs while honest members keep editing the same
// document with the stock y-websocket client: updates whose dependencies never arrive, struct
// bombs, malformed and oversized frames, a flood of connections. Only the hostile connections
// are closed; the honest ones never are, and every client converges with nothing pending. During
// each attack the server stays within 100 MB of its idle size and its health check within 200 ms.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@/lib/collab/close-codes';
import { factorDocName } from '@/lib/collab/doc-names';
import { hasPending } from '@/lib/collab/pending-structs';
import { checklistAreas } from '@/lib/idg/checklist';
import { type TAppProcess, startAppProcess } from '../integration/helpers/app-process';
import { signInDemo } from './helpers/demo';
import {
  type TRawSocket,
  type TStockClient,
  closedWithin,
  frame,
  openRawSocket,
  orphanUpdates,
  rawSocket,
  stockClient,
  syncFrame,
  waitFor,
} from './helpers/sync';
import { expectHeld, idleSize, underAttack } from './helpers/watch';

// An area of Group A in the demo workshop: Ana and the trader, its members, may write to it.
const AREA = checklistAreas.find((a) => a.group === 'rad' && a.number === 1)!.id;
const ANSWER = `answer:${AREA}.1`;

const answerText = (c: TStockClient) => c.doc.getXmlFragment(ANSWER).toJSON();

/** Crafted frames the update validator must refuse, each on a connection of its own. */
const CRAFTED: { kind: string; data: Uint8Array }[] = [
  { kind: 'random bytes', data: Uint8Array.from({ length: 200 }, (_, i) => (i * 131 + 7) % 256) },
  {
    kind: 'huge length prefix',
    data: frame(
      (e) => (
        encoding.writeVarUint(e, 0),
        encoding.writeVarUint(e, 2),
        encoding.writeVarUint(e, 2 ** 32 + 5),
        encoding.writeUint8Array(e, new Uint8Array(16))
      ),
    ),
  },
  {
    // Yjs allocates by the counts an update claims: a few bytes claiming 2^28 structs and a billion-long item.
    kind: 'struct bomb',
    data: syncFrame(
      2,
      frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, 2 ** 28);
        encoding.writeVarUint(e, 99);
        encoding.writeVarUint(e, 0);
        encoding.writeUint8(e, 8);
        encoding.writeVarUint(e, 1);
        encoding.writeVarString(e, 't');
        encoding.writeVarUint(e, 2 ** 30);
      }),
    ),
  },
  {
    kind: 'nested struct bomb',
    data: syncFrame(
      2,
      frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, 400);
        encoding.writeVarUint(e, 424242);
        encoding.writeVarUint(e, 0);
        for (let i = 0; i < 400; i++) {
          encoding.writeUint8(e, 7 | 0b1000_0000);
          encoding.writeVarUint(e, 424242);
          encoding.writeVarUint(e, Math.max(0, i - 1));
          encoding.writeVarUint(e, i % 7);
        }
      }),
    ),
  },
  {
    kind: 'unknown message type',
    data: frame((e) => (encoding.writeVarUint(e, 99), encoding.writeUint8Array(e, new Uint8Array(8)))),
  },
  { kind: 'truncated update', data: syncFrame(2, new Uint8Array([1, 1, 200, 1, 0, 4])) },
];

describe('hostile sync frames against the running app', () => {
  let app: TAppProcess;
  let idle: number;
  let docName: string;
  let cookies: Record<'facilitator' | 'local' | 'ana' | 'trader' | 'observer', string>;
  let honest: TStockClient[] = [];
  let reader: TStockClient;

  beforeAll(async () => {
    app = await startAppProcess();
    const demo = await signInDemo(app, ['facilitator', 'local', 'ana', 'trader', 'observer'] as const);
    cookies = demo.cookies;
    docName = factorDocName(demo.assessmentId, AREA);
    idle = await idleSize(app, async () => {
      const warm = stockClient(app, cookies.facilitator, docName);
      await waitFor(() => warm.provider.synced, 'warm-up sync');
      warm.destroy();
    });
  }, 300_000);

  afterAll(async () => {
    for (const c of [...honest, reader]) c?.destroy();
    await app?.close();
  });

  /** Two facilitators typing into one answer every 50 ms while `attack` runs, and an observer reading. */
  async function whileHonestEdit<T>(attack: () => Promise<T>): Promise<T> {
    honest = [stockClient(app, cookies.facilitator, docName), stockClient(app, cookies.local, docName)];
    reader = stockClient(app, cookies.observer, docName);
    await waitFor(() => [...honest, reader].every((c) => c.provider.synced), 'honest clients synced');
    const fragment = honest[0]!.doc.getXmlFragment(ANSWER);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('')]);
    fragment.insert(fragment.length, [paragraph]);
    let typed = 0;
    const type = () => {
      for (const c of honest) {
        const own = c.doc.getXmlFragment(ANSWER);
        const last = own.get(own.length - 1);
        if (last instanceof Y.XmlElement && last.get(0) instanceof Y.XmlText) (last.get(0) as Y.XmlText).insert(0, 'k');
      }
      typed++;
    };
    // Once before the attack, which may be over in a few milliseconds, then every 50 ms during it.
    await waitFor(() => honest[1]!.doc.getXmlFragment(ANSWER).length === fragment.length, 'new paragraph relayed');
    type();
    const typing = setInterval(type, 50);
    try {
      return await attack();
    } finally {
      clearInterval(typing);
      expect(typed).toBeGreaterThan(0);
      await waitFor(() => new Set([...honest, reader].map(answerText)).size === 1, 'honest clients converged');
      for (const c of [...honest, reader]) {
        expect(c.closes).toEqual([]);
        expect(c.provider.wsconnected).toBe(true);
        expect(hasPending(c.doc)).toBe(false);
      }
      for (const c of [...honest, reader]) c.destroy();
      honest = [];
    }
  }

  it('a megabyte of updates whose dependencies never arrive closes only their sender', async () => {
    const watched = await underAttack(app, idle, () =>
      whileHonestEdit(async () => {
        const ws = await openRawSocket(app, cookies.ana, docName);
        for (const u of orphanUpdates(110, 10_000, ANSWER)) ws.send(syncFrame(2, u));
        return ws.closeCode;
      }),
    );
    expect(watched.result).toBe(CloseCode.missingDependencies);
    expectHeld(watched);
  });

  it('crafted frames are refused one connection at a time', async () => {
    const watched = await underAttack(app, idle, () =>
      whileHonestEdit(async () => {
        const codes: Record<string, number[]> = {};
        for (let round = 0; round < 4; round++) {
          for (const { kind, data } of CRAFTED) {
            const ws = await openRawSocket(app, round % 2 ? cookies.ana : cookies.trader, docName);
            ws.send(data);
            (codes[kind] ??= []).push(await closedWithin(ws, 3000));
            ws.terminate();
          }
        }
        return codes;
      }),
    );
    for (const [kind, codes] of Object.entries(watched.result))
      expect({ kind, codes }).toEqual({ kind, codes: codes.map(() => CloseCode.malformed) });
    expectHeld(watched);
  });

  it('a deletion of a billion items nobody has seen waits on its own connection and harms nothing', async () => {
    const deletion = syncFrame(
      2,
      frame(
        (e) => (
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint(e, 1),
          encoding.writeVarUint(e, 77),
          encoding.writeVarUint(e, 1),
          encoding.writeVarUint(e, 0),
          encoding.writeVarUint(e, 2 ** 30)
        ),
      ),
    );
    const watched = await underAttack(app, idle, () =>
      whileHonestEdit(async () => {
        const ws = await openRawSocket(app, cookies.ana, docName);
        for (let i = 0; i < 50; i++) ws.send(deletion);
        const code = await closedWithin(ws, 1000);
        ws.terminate();
        return code;
      }),
    );
    // Held (it may be the deletion of something still on its way), so the connection stays open.
    expect(watched.result).toBe(0);
    expectHeld(watched);
  });

  it('a frame over a megabyte is refused with 1009 before it is read', async () => {
    const watched = await underAttack(app, idle, () =>
      whileHonestEdit(async () => {
        const sockets = await Promise.all([1, 2, 3, 4].map(() => openRawSocket(app, cookies.ana, docName)));
        for (const ws of sockets) ws.send(syncFrame(2, new Uint8Array(2 * 1024 * 1024)));
        return Promise.all(sockets.map((ws) => ws.closeCode));
      }),
    );
    expect(watched.result).toEqual([CloseCode.tooLarge, CloseCode.tooLarge, CloseCode.tooLarge, CloseCode.tooLarge]);
    expectHeld(watched);
  });

  it('a flood of connections by one member stops at the per-user limit', async () => {
    const watched = await underAttack(app, idle, () =>
      whileHonestEdit(async () => {
        const opened = await Promise.all(Array.from({ length: 40 }, () => rawSocket(app, cookies.trader, docName)));
        const sockets = opened.filter((ws): ws is TRawSocket => !('refused' in ws));
        // Past the limit, connections open and are closed at once with a retryable code.
        const codes = await Promise.all(sockets.map((ws) => closedWithin(ws, 1000)));
        for (const ws of sockets) ws.terminate();
        return {
          refusedUpgrades: opened.length - sockets.length,
          open: codes.filter((c) => c === 0).length,
          tooMany: codes.filter((c) => c === CloseCode.tooManyConnections).length,
        };
      }),
    );
    expect(watched.result.open).toBe(30);
    expect(watched.result.open + watched.result.tooMany + watched.result.refusedUpgrades).toBe(40);
    expectHeld(watched);
  });

  it('the document stored afterwards holds nothing pending and loads for a new reader', async () => {
    const late = stockClient(app, cookies.observer, docName);
    try {
      await waitFor(() => late.provider.synced, 'late reader synced');
      expect(hasPending(late.doc)).toBe(false);
      expect(answerText(late)).toContain('k');
    } finally {
      late.destroy();
    }
  });
});
