import { randomUUID } from 'node:crypto';
import { type TDocFanout, createDocFanout } from './doc-fanout';
import { type TScaleLogger, openRedisPair } from './redis';
import { registerRedisCheck } from './status';
import { logger } from '../../lib/log/logger';

export type { TScaleLogger } from './redis';

/** The Yjs side of running several instances: a fan-out for createYjsServer, and how to stop it. */
export type TScaleOut = { fanout: TDocFanout; connected: () => boolean; close: () => Promise<void> };

/** The default logger: the process's logger (lib/log), module `scale`, the event as `msg`. */
export function scaleLogger(): TScaleLogger {
  const log = logger('scale');
  return {
    info: (event, fields) => log.info(fields ?? {}, event),
    warn: (event, fields) => log.warn(fields ?? {}, event),
  };
}

/** Connects to Redis at `url` and returns the fan-out the sync server shares documents through. */
export function createScaleOut(
  url: string,
  logger: TScaleLogger = scaleLogger(),
  opts: { prefix?: string } = {},
): TScaleOut {
  const redis = openRedisPair(url, logger);
  const unregister = registerRedisCheck(redis.connected);
  const fanout = createDocFanout({ redis, instanceId: randomUUID(), logger, prefix: opts.prefix });
  return {
    fanout,
    connected: redis.connected,
    close: async () => {
      unregister();
      await fanout.close();
      await redis.quit();
    },
  };
}
