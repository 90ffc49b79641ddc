import type { TDb } from '../../lib/db/client';
import { LogWriter } from './log-writer';
import type { TYjsLogger } from './logger';
import type { TPersistenceOptions } from './persistence';
import { SharedDoc, type TDocHooks } from './shared-doc';

/** Hooks of the registry: the document's own, plus following a document on other instances (server/scale). */
export type TRegistryHooks = TDocHooks & {
  /** A document was loaded here: start following other instances' changes to it. */
  attach?: (shared: SharedDoc) => void;
  /** A document is unloading here: stop following it. */
  detach?: (shared: SharedDoc) => void;
};

/**
 * The loaded documents of one sync server. A document loads on its first acquisition and
 * unloads (after persisting) when its last holder releases it; an acquisition during an unload
 * waits for the unload and loads the document afresh, so no update can fall between the two.
 */
export class DocRegistry {
  private readonly loading = new Map<string, Promise<SharedDoc>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly ready = new Set<SharedDoc>();
  // Unloaded documents whose log still holds updates the database refused (the log retries them).
  private readonly draining = new Set<SharedDoc>();
  private readonly writer: LogWriter;

  constructor(
    private readonly db: TDb,
    private readonly opts: TPersistenceOptions,
    private readonly logger: TYjsLogger,
    private readonly hooks: TRegistryHooks = {},
  ) {
    this.writer = new LogWriter(db, opts.flushDelayMs, logger);
  }

  /** The loaded document `name`, loading it if needed; the caller must release it exactly once. */
  async acquire(name: string): Promise<SharedDoc> {
    for (let u = this.unloading.get(name); u; u = this.unloading.get(name)) await u;
    let p = this.loading.get(name);
    if (!p) {
      p = SharedDoc.load(this.db, this.writer, name, this.opts, this.logger, this.hooks).then((shared) => {
        this.ready.add(shared);
        this.hooks.attach?.(shared);
        return shared;
      });
      this.loading.set(name, p);
      p.catch(() => this.loading.delete(name));
    }
    const shared = await p;
    // Counted synchronously after the await, so no release can unload it in between.
    shared.holders++;
    return shared;
  }

  /** Gives back an acquisition; the last one unloads the document. */
  release(shared: SharedDoc): void {
    shared.holders--;
    if (shared.holders > 0 || this.loading.get(shared.name) === undefined) return;
    this.loading.delete(shared.name);
    this.ready.delete(shared);
    this.draining.add(shared);
    this.hooks.detach?.(shared);
    const done = shared
      .unload()
      .catch((err: unknown) => this.logger.warn('unload-failed', { doc: shared.name, error: String(err) }))
      .finally(() => {
        this.unloading.delete(shared.name);
        if (!shared.hasUnwritten()) this.draining.delete(shared);
      });
    this.unloading.set(shared.name, done);
    this.logger.info('doc-unloading', { doc: shared.name });
  }

  /** Documents currently loaded. */
  async loaded(): Promise<SharedDoc[]> {
    const out = await Promise.allSettled([...this.loading.values()]);
    return out.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  /** Documents loaded and not unloading, right now. */
  loadedNow(): SharedDoc[] {
    return [...this.ready];
  }

  /** Documents whose updates may not all be written yet: the loaded ones and those still draining. */
  withUnwritten(): SharedDoc[] {
    for (const d of this.draining) if (!d.hasUnwritten()) this.draining.delete(d);
    return [...this.ready, ...this.draining];
  }

  /** Resolves when every unload in progress has finished. */
  async settled(): Promise<void> {
    await Promise.all([...this.unloading.values()]);
  }

  /** After the last unload: finishes the writes asked for and lets go of the log's store. */
  async close(): Promise<void> {
    await this.writer.close();
  }
}
