import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's WebSocket: records what is done to it and lets the test fire events. */
class FakeWebSocket extends EventTarget {
  static made: FakeWebSocket[] = [];
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'blob';
  sent: unknown[] = [];
  closed: number | undefined | null = null;
  constructor(readonly url: string) {
    super();
    FakeWebSocket.made.push(this);
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  close(code?: number) {
    this.closed = code;
    this.readyState = 3;
  }
  fire(type: string, init: Record<string, unknown> = {}) {
    if (type === 'open') this.readyState = 1;
    if (type === 'close') this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event(type), init));
  }
}

const URL_A = 'ws://host/yjs/assessment.1.factor.transparency';

describe('early sockets', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    FakeWebSocket.made = [];
    vi.stubGlobal('window', {});
    vi.stubGlobal('WebSocket', FakeWebSocket);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('hands the socket opened early to the provider, with what arrived before, in order', async () => {
    const { openEarly, SyncSocket } = await import('./early-socket');
    openEarly(URL_A);
    openEarly(URL_A);
    expect(FakeWebSocket.made).toHaveLength(1);
    const raw = FakeWebSocket.made[0]!;
    expect(raw.binaryType).toBe('arraybuffer');
    raw.fire('open');
    raw.fire('message', { data: 'step1' });

    const seen: string[] = [];
    const socket = new SyncSocket(URL_A);
    socket.onmessage = (e) => seen.push(`message ${String(e.data)}`);
    // As the provider's watchers do (unsynced-changes.ts), once the socket is open.
    socket.onopen = () => {
      seen.push('open');
      socket.addEventListener('message', (e) => seen.push(`listener ${String(e.data)}`));
    };
    expect(FakeWebSocket.made).toHaveLength(1);
    expect(seen).toEqual([]);
    await Promise.resolve();
    expect(seen).toEqual(['open', 'message step1', 'listener step1']);

    raw.fire('message', { data: 'update' });
    expect(seen.slice(3)).toEqual(['message update', 'listener update']);
    expect(socket.readyState).toBe(socket.OPEN);
    socket.send('reply');
    expect(raw.sent).toEqual(['reply']);
    // Claimed: the unclaimed-socket timer must not close it.
    vi.advanceTimersByTime(60_000);
    expect(raw.closed).toBeNull();
  });

  it('opens a new socket for a reconnection or another document', async () => {
    const { openEarly, SyncSocket } = await import('./early-socket');
    openEarly(URL_A);
    new SyncSocket(URL_A);
    const again = new SyncSocket(URL_A) as unknown as FakeWebSocket;
    new SyncSocket('ws://host/yjs/other');
    expect(FakeWebSocket.made.map((s) => s.url)).toEqual([URL_A, URL_A, 'ws://host/yjs/other']);
    expect(again).toBe(FakeWebSocket.made[1]);
  });

  it('does not hand over a socket the server already closed', async () => {
    const { openEarly, SyncSocket } = await import('./early-socket');
    openEarly(URL_A);
    FakeWebSocket.made[0]!.fire('close', { code: 4401 });
    const socket = new SyncSocket(URL_A) as unknown as FakeWebSocket;
    expect(socket).toBe(FakeWebSocket.made[1]);
  });

  it('closes a socket nobody claimed', async () => {
    const { openEarly, SyncSocket } = await import('./early-socket');
    openEarly(URL_A);
    vi.advanceTimersByTime(15_000);
    expect(FakeWebSocket.made[0]!.closed).toBe(1000);
    new SyncSocket(URL_A);
    expect(FakeWebSocket.made).toHaveLength(2);
  });

  it('does nothing outside a browser', async () => {
    vi.stubGlobal('window', undefined);
    const { openEarly } = await import('./early-socket');
    openEarly(URL_A);
    expect(FakeWebSocket.made).toHaveLength(0);
  });
});
