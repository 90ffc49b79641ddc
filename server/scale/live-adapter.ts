import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import { type TScaleLogger, openRedisPair } from './redis';
import { registerRedisCheck } from './status';

// Commands the adapter sends without handling their result (broadcast, fetchSockets requests,
// responses to other instances, its (un)subscriptions): see watchRejections.
const PUB_COMMANDS = ['publish'] as const;
const SUB_COMMANDS = ['psubscribe', 'punsubscribe', 'subscribe', 'unsubscribe'] as const;

/**
 * Observes the promises of `client`'s `commands` so that a rejection the caller leaves alone is
 * logged instead of becoming an unhandled rejection. The socket.io adapter drops those promises:
 * a room broadcast made after the connections quit (a disconnect handler's presence update that
 * finishes while the server shuts down) rejects with "Connection is closed". The promise returned
 * is the command's own, so a caller that awaits it still sees the error.
 */
function watchRejections(
  client: Redis,
  commands: readonly string[],
  onError: (command: string, err: unknown) => void,
): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const command of commands) {
    const original = target[command]!.bind(client);
    target[command] = (...args: unknown[]) => {
      const result = original(...args);
      if (result instanceof Promise) result.catch((err: unknown) => onError(command, err));
      return result;
    };
  }
}

/**
 * Installs socket.io's Redis adapter, so that room broadcasts and fetchSockets reach the clients
 * of every instance. Its Redis connections close with the HTTP server the live room serves.
 */
export function attachRedisAdapter<S extends Server>(
  io: S,
  httpServer: HttpServer,
  url: string,
  logger: TScaleLogger,
  prefix?: string,
): void {
  const redis = openRedisPair(url, logger);
  const unregister = registerRedisCheck(redis.connected);
  let closing = false;
  // Once closing, a command refused because the connection is closed is expected: not a warning.
  const onError = (command: string, err: unknown): void => {
    const fields = { role: 'live-adapter', command, error: err instanceof Error ? err.message : String(err) };
    if (closing) logger.info('redis-command-failed', fields);
    else logger.warn('redis-command-failed', fields);
  };
  watchRejections(redis.pub, PUB_COMMANDS, onError);
  watchRejections(redis.sub, SUB_COMMANDS, onError);
  // fetchSockets waits for an answer from every instance on the channel: instances of another
  // deployment sharing the Redis must not be on it.
  io.adapter(createAdapter(redis.pub, redis.sub, prefix ? { key: `${prefix}socket.io` } : {}));
  httpServer.once('close', () => {
    closing = true;
    unregister();
    redis.quit().catch(() => undefined);
  });
}
