// The socket.io Redis adapter drops the promises of the commands it sends: a broadcast made after
// its connections quit (a disconnect handler finishing while the server shuts down) must be
// logged, not left as an unhandled "Connection is closed" rejection that fails the test run.
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { attachRedisAdapter } from '@/server/scale/live-adapter';
import { uniquePrefix } from './helpers/redis';

const REDIS_URL = process.env.TEST_REDIS_URL ?? '';

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.skipIf(!REDIS_URL)('the live room adapter once its Redis connections are closed', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  it('logs a late broadcast that Redis refuses instead of rejecting unhandled', async () => {
    process.on('unhandledRejection', onUnhandled);
    const events: { level: string; event: string; fields?: Record<string, string | number> }[] = [];
    const logger = {
      info: (event: string, fields?: Record<string, string | number>) => events.push({ level: 'info', event, fields }),
      warn: (event: string, fields?: Record<string, string | number>) => events.push({ level: 'warn', event, fields }),
    };
    const httpServer = createServer();
    const io = new Server(httpServer);
    attachRedisAdapter(io, httpServer, REDIS_URL, logger, uniquePrefix());
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    await io.close();
    await waitFor(() => events.filter((e) => e.event === 'redis-ended').length === 2, 'both connections to end');

    // What a disconnect handler does when its database read finishes after the shutdown.
    io.to('assessment:late').emit('presence:update', []);
    await waitFor(
      () => unhandled.length > 0 || events.some((e) => e.event === 'redis-command-failed'),
      'the refused publish',
    );
    await new Promise((r) => setTimeout(r, 50));

    expect(unhandled.map((r) => (r instanceof Error ? r.message : String(r)))).toEqual([]);
    expect(events.find((e) => e.event === 'redis-command-failed')).toMatchObject({
      level: 'info',
      fields: { command: 'publish' },
    });
  });
});
