import 'server-only';
import { sql } from 'kysely';
import type { THealth } from '../../contracts/shared';
import type { TDb } from '../../db/client';

export type TRedisState = 'off' | 'up' | 'down';

// A database that hangs must not hang the load balancer's check with it.
const DB_TIMEOUT_MS = 2000;

/**
 * Checks the database with a trivial query. Redis being down leaves the instance serving its own
 * clients (it resyncs when Redis returns), so it is reported without failing the check: taking
 * every instance out of the load balancer at once would be worse.
 */
export async function checkHealth(db: TDb, redisState: () => TRedisState = () => 'off'): Promise<THealth> {
  const r = redisState();
  // A single instance has no Redis; its answer stays what it always was.
  const redis = r === 'off' ? {} : { redis: r };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('database timeout')), DB_TIMEOUT_MS);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), timeout]);
    return { status: 'ok', db: 'ok', ...redis };
  } catch {
    return { status: 'degraded', db: 'unreachable', ...redis };
  } finally {
    clearTimeout(timer);
  }
}
