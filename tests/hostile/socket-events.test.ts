// Hostile socket.io traffic against the real app's live room: a member flooding joins (each one
// reads the database and builds the room's whole state), payloads over the 1 MB limit, malformed
// arguments, unknown events, rooms of assessments they are not in, and console commands they may
// not send. The sender is refused or disconnected; another member's events keep working; the
// server stays within 100 MB of its idle size and its health check within 200 ms.
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOCKET_PATH } from '@/lib/realtime/events';
import { type TAppProcess, startAppProcess } from '../integration/helpers/app-process';
import { signInDemo } from './helpers/demo';
import { expectHeld, idleSize, underAttack } from './helpers/watch';

type TAck = { ok: boolean; error?: string; code?: string };

describe('hostile live-room events against the running app', () => {
  let app: TAppProcess;
  let idle: number;
  let assessmentId: string;
  let cookies: Record<'facilitator' | 'ana' | 'trader', string>;
  const open: Socket[] = [];

  /** A socket.io client as the browser opens it: the session cookie and the app's Origin. */
  async function liveClient(cookie: string): Promise<Socket> {
    const socket = connect(app.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      extraHeaders: { cookie, origin: app.url },
      forceNew: true,
      reconnection: false,
    });
    open.push(socket);
    await new Promise<void>(
      (resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)),
    );
    return socket;
  }

  /** Emits `event` and waits for its acknowledgement (null when none comes within `ms`). */
  const ask = (socket: Socket, event: string, payload: unknown, ms = 5000): Promise<TAck | null> =>
    socket
      .timeout(ms)
      .emitWithAck(event, payload)
      .then(
        (ack: TAck) => ack,
        () => null,
      );

  /** The facilitator, joined, raising and lowering a hand: the room still answers an honest member. */
  async function honestStillServed(): Promise<void> {
    const facilitator = await liveClient(cookies.facilitator);
    expect(await ask(facilitator, 'assessment:join', { assessmentId })).toMatchObject({ ok: true });
    expect(await ask(facilitator, 'hand:raise', {})).toEqual({ ok: true });
    expect(await ask(facilitator, 'hand:lower', {})).toEqual({ ok: true });
    facilitator.disconnect();
  }

  beforeAll(async () => {
    app = await startAppProcess();
    ({ cookies, assessmentId } = await signInDemo(app, ['facilitator', 'ana', 'trader'] as const));
    idle = await idleSize(app, honestStillServed);
  }, 300_000);

  afterAll(async () => {
    for (const s of open) s.disconnect();
    await app?.close();
  });

  it('a member flooding joins is refused past a per-socket rate, and the room keeps serving the others', async () => {
    const watched = await underAttack(app, idle, async () => {
      const socket = await liveClient(cookies.trader);
      const acks = await Promise.all(
        Array.from({ length: 500 }, () => ask(socket, 'assessment:join', { assessmentId }, 10_000)),
      );
      await honestStillServed();
      socket.disconnect();
      return acks;
    });
    const refused = watched.result.filter((a) => a && !a.ok);
    expect(refused.length).toBeGreaterThan(400);
    expect(refused[0]).toMatchObject({ code: 'rate_limited' });
    expectHeld(watched);
  });

  it('a payload over the 1 MB limit ends only its sender', async () => {
    const watched = await underAttack(app, idle, async () => {
      const sockets = await Promise.all([1, 2, 3].map(() => liveClient(cookies.ana)));
      const reasons = await Promise.all(
        sockets.map((socket) => {
          const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));
          socket.emit('announcement:set', { text: 'x'.repeat(3 * 1024 * 1024) });
          return gone;
        }),
      );
      await honestStillServed();
      return reasons;
    });
    expect(watched.result).toEqual(['transport close', 'transport close', 'transport close']);
    expectHeld(watched);
  });

  it('malformed arguments, unknown events and acks that are not functions are refused without harm', async () => {
    // As deep as socket.io's own client can encode (its binary check recurses).
    const deep = JSON.parse('{"a":'.repeat(1000) + '1' + '}'.repeat(1000)) as unknown;
    const watched = await underAttack(app, idle, async () => {
      const socket = await liveClient(cookies.ana);
      const joined = await ask(socket, 'assessment:join', { assessmentId });
      const answers: (TAck | null)[] = [];
      for (const payload of [
        null,
        42,
        'text',
        [],
        deep,
        { assessmentId: { $ne: null } },
        { path: 'x'.repeat(100_000) },
        { minutes: 1e308, label: {} },
      ]) {
        answers.push(
          await ask(socket, 'timer:start', payload),
          await ask(socket, 'presence:where', payload),
          await ask(socket, 'hand:lower', payload),
        );
      }
      // Events with no acknowledgement, or with arguments where the ack should be, and unknown ones.
      socket.emit('hand:raise', {}, 'not a function');
      socket.emit('no-such:event', { a: 1 }, () => undefined);
      socket.emit('__proto__', {});
      socket.emit('constructor', {});
      await honestStillServed();
      const stillHere = await ask(socket, 'hand:raise', {});
      socket.disconnect();
      return { joined, answers, stillHere };
    });
    expect(watched.result.joined).toMatchObject({ ok: true });
    // Refused (a contributor may not run the timer; a payload that is not the schema's is invalid),
    // never answered "ok" or left hanging.
    expect(watched.result.answers.map((a, i) => (a?.ok === false ? 'refused' : `${i}: ${JSON.stringify(a)}`))).toEqual(
      watched.result.answers.map(() => 'refused'),
    );
    expect(watched.result.stillHere).toEqual({ ok: true });
    expectHeld(watched);
  });

  it("rooms of other assessments and facilitators' commands are refused to a contributor", async () => {
    const watched = await underAttack(app, idle, async () => {
      const socket = await liveClient(cookies.ana);
      const forged = await Promise.all(
        ['00000000-0000-4000-8000-000000000000', 'assessment.x', `${assessmentId}'--`].map((id) =>
          ask(socket, 'assessment:join', { assessmentId: id }),
        ),
      );
      const beforeJoin = await ask(socket, 'timer:pause', {});
      await ask(socket, 'assessment:join', { assessmentId });
      const commands = await Promise.all(
        ['breakout:start', 'timer:stop', 'hands:clear', 'announcement:clear'].map((event) => ask(socket, event, {})),
      );
      socket.disconnect();
      return { forged, beforeJoin, commands };
    });
    for (const ack of watched.result.forged) expect(ack).toMatchObject({ ok: false });
    expect(watched.result.beforeJoin).toMatchObject({ ok: false });
    for (const ack of watched.result.commands) expect(ack).toMatchObject({ ok: false, error: 'forbidden' });
    expectHeld(watched);
  });
});
