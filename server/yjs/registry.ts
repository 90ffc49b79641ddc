import type { TDb } from '../../lib/db/client';
import type { TYjsLogger } from './logger';
import type { TPersistenceOptions } from './persistence';
import { SharedDoc } from './shared-doc';

/**
 * The loaded documents of one sync server. A document loads on its first acquisition and
 * unloads (after persisting) when its last holder releases it; an acquisition during an unload
 * waits for the unload and loads the document afresh, so no update can fall between the two.
 */
export class DocRegistry {
  private readonly loading = new Map<string, Promise<SharedDoc>>();
  private readonly unloading = new Map<string, Promise<void>>();

  constructor(
    private readonly db: TDb,
    private readonly opts: TPersistenceOptions,
    private readonly logger: TYjsLogger,
  ) {}

  /** The loaded document `name`, loading it if needed; the caller must release it exactly once. */
  async acquire(name: string): Promise<SharedDoc> {
    for (let u = this.unloading.get(name); u; u = this.unloading.get(name)) await u;
    let p = this.loading.get(name);
    if (!p) {
      p = SharedDoc.load(this.db, name, this.opts, this.logger);
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
    const done = shared
      .unload()
      .catch((err: unknown) => this.logger.warn('unload-failed', { doc: shared.name, error: String(err) }))
      .finally(() => this.unloading.delete(shared.name));
    this.unloading.set(shared.name, done);
    this.logger.info('doc-unloading', { doc: shared.name });
  }

  /** Documents currently loaded. */
  async loaded(): Promise<SharedDoc[]> {
    const out = await Promise.allSettled([...this.loading.values()]);
    return out.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  /** Resolves when every unload in progress has finished. */
  async settled(): Promise<void> {
    await Promise.all([...this.unloading.values()]);
  }
}
