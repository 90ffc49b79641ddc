import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server } from 'socket.io';
import { type TScaleLogger, openRedisPair } from './redis';
import { registerRedisCheck } from './status';

/**
 * Installs socket.io's Redis adapter, so that room broadcasts and fetchSockets reach the clients
 * of every instance. Its Redis connections close with the HTTP server the live room serves.
 */
export function attachRedisAdapter<S extends Server>(io: S, httpServer: HttpServer, url: string, logger: TScaleLogger, prefix?: string): void {
  const redis = openRedisPair(url, logger);
  const unregister = registerRedisCheck(redis.connected);
  // fetchSockets waits for an answer from every instance on the channel: instances of another
  // deployment sharing the Redis must not be on it.
  io.adapter(createAdapter(redis.pub, redis.sub, prefix ? { key: `${prefix}socket.io` } : {}));
  httpServer.once('close', () => {
    unregister();
    redis.quit().catch(() => undefined);
  });
}
