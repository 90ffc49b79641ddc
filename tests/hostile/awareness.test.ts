// Hostile awareness (presence) messages against the real app's /yjs while honest members are
// present in the same document with the stock y-websocket client: floods, states over the size
// limit, more client ids than a tab runs, states that are not JSON, and states claiming another
// person's name. The hostile connections are closed or their claims corrected; the honest
// presence keeps working; the server stays within 100 MB of its idle size and its health check
// within 200 ms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@/lib/collab/close-codes';
import { factorDocName } from '@/lib/collab/doc-names';
import { checklistAreas } from '@/lib/idg/checklist';
import { type TAppProcess, startAppProcess } from '../integration/helpers/app-process';
import { signInDemo } from './helpers/demo';
import {
  type TRawSocket,
  type TStockClient,
  awarenessFrame,
  closedWithin,
  openRawSocket,
  stockClient,
  waitFor,
} from './helpers/sync';
import { expectHeld, idleSize, underAttack } from './helpers/watch';

const AREA = checklistAreas.find((a) => a.group === 'rad' && a.number === 2)!.id;

/** The presence states `client` sees, by client id. */
const seenStates = (client: TStockClient) =>
  client.provider.awareness.getStates() as Map<number, { user?: { id?: string; name?: string } }>;

describe('hostile awareness messages against the running app', () => {
  let app: TAppProcess;
  let idle: number;
  let docName: string;
  let cookies: Record<'facilitator' | 'local' | 'ana' | 'trader' | 'observer', string>;
  let traderName: string;
  let present: TStockClient[] = [];

  beforeAll(async () => {
    app = await startAppProcess();
    const demo = await signInDemo(app, ['facilitator', 'local', 'ana', 'trader', 'observer'] as const);
    cookies = demo.cookies;
    docName = factorDocName(demo.assessmentId, AREA);
    const session = await fetch(`${app.url}/api/auth/session`, { headers: { cookie: cookies.trader } });
    traderName = ((await session.json()) as { user: { name: string } }).user.name;
    idle = await idleSize(app, async () => {
      const warm = stockClient(app, cookies.facilitator, docName);
      await waitFor(() => warm.provider.synced, 'warm-up sync');
      warm.destroy();
    });
  }, 300_000);

  afterAll(async () => {
    for (const c of present) c.destroy();
    await app?.close();
  });

  /**
   * Three honest members present (moving their cursors every 100 ms) while `attack` runs;
   * afterwards each still sees the others.
   */
  async function whilePresent<T>(attack: () => Promise<T>): Promise<T> {
    present = [
      stockClient(app, cookies.facilitator, docName),
      stockClient(app, cookies.local, docName),
      stockClient(app, cookies.observer, docName),
    ];
    present.forEach((c, i) =>
      c.provider.awareness.setLocalStateField('user', { name: `honest ${i}`, color: '#123456' }),
    );
    await waitFor(() => present.every((c) => c.provider.synced && seenStates(c).size >= 3), 'honest presence');
    let moves = 0;
    const move = () =>
      present.forEach((c) => c.provider.awareness.setLocalStateField('question', `${AREA}.${++moves % 20}`));
    move();
    const moving = setInterval(move, 100);
    let result: T;
    try {
      result = await attack();
    } finally {
      clearInterval(moving);
    }
    {
      // Everyone still sees everyone's latest state, and nobody honest was closed.
      const latest = `${AREA}.${moves % 20}`;
      await waitFor(
        () =>
          present.every(
            (c) =>
              [...seenStates(c).values()].filter((s) => (s as { question?: string }).question === latest).length >= 1,
          ),
        'honest presence relayed',
      );
      for (const c of present) {
        expect(c.closes).toEqual([]);
        expect(c.provider.wsconnected).toBe(true);
      }
      for (const c of present) c.destroy();
      present = [];
    }
    return result;
  }

  it('a flood of awareness messages is closed as rate-limited', async () => {
    const watched = await underAttack(app, idle, () =>
      whilePresent(async () => {
        const ws = await openRawSocket(app, cookies.ana, docName);
        const clientId = 0x7fff0001;
        for (let clock = 1; clock <= 3000 && ws.readyState === ws.OPEN; clock++)
          ws.send(awarenessFrame(clientId, clock, JSON.stringify({ user: { name: 'flood' }, n: clock })));
        return closedWithin(ws, 3000);
      }),
    );
    expect(watched.result).toBe(CloseCode.rateLimited);
    expectHeld(watched);
  });

  it('states over the size limit, many client ids and non-JSON states close their sender', async () => {
    let fresh = 0;
    const attacks: [string, (ws: TRawSocket) => void][] = [
      [
        'a 900 KB state',
        (ws) =>
          ws.send(
            awarenessFrame(0x7fff0002, 1, JSON.stringify({ user: { name: 'big' }, pad: 'x'.repeat(900 * 1024) })),
          ),
      ],
      // Fresh ids each time: ids of a connection that left are known, and their stale clocks are dropped quietly.
      [
        'twenty client ids',
        (ws) => Array.from({ length: 20 }, (_, i) => ws.send(awarenessFrame(0x7ffe0000 + 100 * ++fresh + i, 1, '{}'))),
      ],
      ['a state that is not JSON', (ws) => ws.send(awarenessFrame(0x7fff0003, 1, '{"user":'))],
      ['a state that is an array', (ws) => ws.send(awarenessFrame(0x7fff0004, 1, '[1,2,3]'))],
    ];
    const watched = await underAttack(app, idle, () =>
      whilePresent(async () => {
        const codes: Record<string, number> = {};
        for (let round = 0; round < 5; round++) {
          for (const [name, send] of attacks) {
            const ws = await openRawSocket(app, round % 2 ? cookies.ana : cookies.trader, docName);
            send(ws);
            codes[name] = await closedWithin(ws, 3000);
            ws.terminate();
          }
        }
        return codes;
      }),
    );
    expect(watched.result).toEqual(Object.fromEntries(attacks.map(([name]) => [name, CloseCode.malformed])));
    expectHeld(watched);
  });

  it("a state claiming the facilitator's name reaches the others with the sender's own", async () => {
    const watched = await underAttack(app, idle, () =>
      whilePresent(async () => {
        const ws = await openRawSocket(app, cookies.trader, docName);
        const clientId = 0x7fff0005;
        ws.send(
          awarenessFrame(
            clientId,
            1,
            JSON.stringify({ user: { id: 'someone-else', name: 'Fatima External', color: '#ff0000' } }),
          ),
        );
        await waitFor(() => present.every((c) => seenStates(c).has(clientId)), 'forged state relayed');
        const seen = present.map((c) => seenStates(c).get(clientId)?.user?.name);
        ws.close();
        return seen;
      }),
    );
    expect(watched.result).toEqual([traderName, traderName, traderName]);
    expect(traderName).not.toBe('Fatima External');
    expectHeld(watched);
  });
});
