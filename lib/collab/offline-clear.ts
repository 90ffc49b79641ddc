import { clearOfflineDocs } from './offline-doc';

/** The prefix of every cache public/sw.js writes. */
const CACHE_PREFIX = 'idg-offline-';

/**
 * Forgets everything this browser kept for a member's offline reloads: the service worker's
 * cached pages and assets, the worker itself, and the member's documents in IndexedDB.
 * Called on sign-out; never throws (sign-out must go ahead whatever the storage says).
 */
export async function clearOfflineCopies(userId: string): Promise<void> {
  const steps: Promise<unknown>[] = [clearOfflineDocs(userId)];
  if (typeof caches !== 'undefined') {
    steps.push(
      caches
        .keys()
        .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX)).map((k) => caches.delete(k)))),
    );
  }
  if ('serviceWorker' in navigator) {
    steps.push(
      navigator.serviceWorker
        .getRegistrations()
        .then((regs) =>
          Promise.all(regs.filter((r) => new URL(r.scope).pathname === '/assessments/').map((r) => r.unregister())),
        ),
    );
  }
  await Promise.allSettled(steps);
}
