import { randomUUID } from 'node:crypto';
import { type TDocFanout, createDocFanout } from './doc-fanout';
import { type TScaleLogger, openRedisPair } from './redis';
import { registerRedisCheck } from './status';

export type { TScaleLogger } from './redis';

/** The Yjs side of running several instances: a fan-out for createYjsServer, and how to stop it. */
export type TScaleOut = { fanout: TDocFanout; connected: () => boolean; close: () => Promise<void> };

/** One line of JSON per event, like the live room's log. */
export const consoleScaleLogger: TScaleLogger = {
  info: (event, fields) => console.log(JSON.stringify({ at: new Date().toISOString(), scope: 'scale', event, ...fields })),
  warn: (event, fields) => console.error(JSON.stringify({ at: new Date().toISOString(), scope: 'scale', event, ...fields })),
};

/** Connects to Redis at `url` and returns the fan-out the sync server shares documents through. */
export function createScaleOut(url: string, logger: TScaleLogger = consoleScaleLogger, opts: { prefix?: string } = {}): TScaleOut {
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
