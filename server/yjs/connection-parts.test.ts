// The small parts every connection relies on: one timer for all session expiries, the
// heartbeat, the connection's rate limits, and holding a socket's writes to the end of the turn.
import { Duplex } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corkForThisTurn } from './cork';
import { ExpiryWatch } from './expiry-watch';
import { Heartbeat } from './heartbeat';
import { DEFAULT_LIMITS, Gate, MessageRates } from './limits';

afterEach(() => {
  vi.useRealTimers();
});

describe('expiry watch', () => {
  it('calls back for each item when its time has passed, in order, and not for removed ones', () => {
    vi.useFakeTimers();
    const expired: string[] = [];
    const watch = new ExpiryWatch<string>((item) => expired.push(item));
    const now = Date.now();
    watch.add('late', now + 3000);
    watch.add('soon', now + 1000);
    watch.add('removed', now + 2000);
    watch.add('already', now - 1);
    expect(expired).toEqual(['already']);
    watch.delete('removed');
    vi.advanceTimersByTime(999);
    expect(expired).toEqual(['already']);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['already', 'soon']);
    vi.advanceTimersByTime(2000);
    expect(expired).toEqual(['already', 'soon', 'late']);
    // One timer serves them all.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits past the longest single timeout (about 24.8 days) without firing early', () => {
    vi.useFakeTimers();
    const expired: string[] = [];
    const watch = new ExpiryWatch<string>((item) => expired.push(item));
    const day = 24 * 3600 * 1000;
    watch.add('month', Date.now() + 30 * day);
    vi.advanceTimersByTime(29 * day);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(day);
    expect(expired).toEqual(['month']);
  });

  it('stops', () => {
    vi.useFakeTimers();
    const watch = new ExpiryWatch<string>(() => expect.unreachable());
    watch.add('x', Date.now() + 10);
    watch.stop();
    vi.advanceTimersByTime(100);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('heartbeat', () => {
  type TConn = { name: string; alive: boolean };

  it('pings each connection once per period, a slice per tick, and ends one that did not answer', () => {
    vi.useFakeTimers();
    const pinged: string[] = [];
    const ended: string[] = [];
    const beat = new Heartbeat<TConn>(
      3000,
      3,
      (c) => pinged.push(c.name),
      (c) => ended.push(c.name),
    );
    const conns = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({ name, alive: true }));
    for (const c of conns) beat.add(c);
    // A third of them each second, never all at once.
    vi.advanceTimersByTime(1000);
    expect(pinged).toEqual(['a', 'd']);
    vi.advanceTimersByTime(2000);
    expect(pinged.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ended).toEqual([]);
    // Everyone answers but 'a'; the next period ends it and pings the rest again.
    for (const c of conns) c.alive = c.name !== 'a';
    pinged.length = 0;
    vi.advanceTimersByTime(3000);
    expect(ended).toEqual(['a']);
    expect(pinged.sort()).toEqual(['b', 'c', 'd', 'e', 'f']);
    // An ended connection is not watched any more; the others, answering, stay.
    for (const c of conns) c.alive = true;
    pinged.length = 0;
    vi.advanceTimersByTime(3000);
    expect(ended).toEqual(['a']);
    expect(pinged.sort()).toEqual(['b', 'c', 'd', 'e', 'f']);
    beat.stop();
  });

  it('forgets a removed connection and stops with its timer', () => {
    vi.useFakeTimers();
    const pinged: string[] = [];
    const beat = new Heartbeat<TConn>(
      2000,
      2,
      (c) => pinged.push(c.name),
      () => undefined,
    );
    const gone = { name: 'gone', alive: true };
    beat.add(gone);
    beat.add({ name: 'kept', alive: true });
    beat.delete(gone);
    vi.advanceTimersByTime(2000);
    expect(pinged).toEqual(['kept']);
    beat.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('message rates', () => {
  it('allows a burst, refuses past it, refills at the rate, and keeps sync and awareness apart', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const limits = {
      ...DEFAULT_LIMITS,
      messagesPerSecond: 10,
      messageBurst: 5,
      awarenessPerSecond: 100,
      awarenessBurst: 20,
    };
    const rates = new MessageRates(limits);
    for (let i = 0; i < 5; i++) expect(rates.take(false)).toBe(true);
    expect(rates.take(false)).toBe(false);
    // Awareness has its own bucket.
    for (let i = 0; i < 20; i++) expect(rates.take(true)).toBe(true);
    expect(rates.take(true)).toBe(false);
    vi.advanceTimersByTime(200); // two sync tokens, twenty awareness tokens
    expect(rates.take(false)).toBe(true);
    expect(rates.take(false)).toBe(true);
    expect(rates.take(false)).toBe(false);
    expect(rates.take(true)).toBe(true);
    // Never more than the burst, however long the pause.
    vi.advanceTimersByTime(60_000);
    for (let i = 0; i < 5; i++) expect(rates.take(false)).toBe(true);
    expect(rates.take(false)).toBe(false);
  });

  it('lets a client echo each awareness message sent to it without spending its own tokens, up to the burst', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const rates = new MessageRates({ ...DEFAULT_LIMITS, awarenessPerSecond: 1, awarenessBurst: 3 });
    for (let i = 0; i < 3; i++) expect(rates.take(true)).toBe(true);
    expect(rates.take(true)).toBe(false);
    // Others' presence sent to it: one echo each, and its own tokens are still spent.
    for (let i = 0; i < 2; i++) rates.relayed();
    expect(rates.take(true)).toBe(true);
    expect(rates.take(true)).toBe(true);
    expect(rates.take(true)).toBe(false);
    // Echoes never pile up past the burst, and do not help sync messages.
    for (let i = 0; i < 50; i++) rates.relayed();
    for (let i = 0; i < 3; i++) expect(rates.take(true)).toBe(true);
    expect(rates.take(true)).toBe(false);
  });
});

describe('gate', () => {
  it('runs at most its number of tasks at once, the others in order as slots free up, failures included', async () => {
    const gate = new Gate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (i: number) => async () => {
      running++;
      most = Math.max(most, running);
      order.push(i);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (i === 1) throw new Error('refused');
      return i;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map((i) => gate.run(task(i))));
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    // Every slot came back: two run at once again.
    running = 0;
    most = 0;
    await Promise.all([5, 6, 7].map((i) => gate.run(task(i))));
    expect(most).toBe(2);
  });
});

describe('cork for this turn', () => {
  it('sends what is written to a socket within one turn in one write, when the turn ends', async () => {
    const writes: Buffer[][] = [];
    const socket = new Duplex({
      read: () => undefined,
      write: (chunk: Buffer, _enc, done) => (writes.push([chunk]), done()),
      writev: (chunks, done) => (writes.push(chunks.map((c) => c.chunk as Buffer)), done()),
    });
    corkForThisTurn(socket);
    socket.write(Buffer.from('a'));
    corkForThisTurn(socket);
    socket.write(Buffer.from('b'));
    expect(writes).toEqual([]);
    await new Promise((resolve) => process.nextTick(resolve));
    expect(writes.map((w) => Buffer.concat(w).toString())).toEqual(['ab']);
    expect(socket.writableCorked).toBe(0);
  });
});
