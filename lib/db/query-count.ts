import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { TDb } from './client';

/** A database handle that counts the statements sent through it, and the count. */
export type TCountedDb = { db: TDb; count: () => number; reset: () => void };

/**
 * Wraps `db` so that every statement executed through the returned handle (and the transactions
 * it opens) is counted, for benchmarks and tests that measure queries per request. The wrapped
 * handle shares `db`'s connections; `db` itself counts nothing.
 */
export function countQueries(db: TDb): TCountedDb {
  let n = 0;
  // Kysely hands every statement to a plugin's transformQuery once, just before it runs.
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      n += 1;
      return args.node;
    },
    transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return Promise.resolve(args.result);
    },
  };
  return { db: db.withPlugin(plugin), count: () => n, reset: () => (n = 0) };
}
