'use client';

import { type ComponentType, type ReactNode, Suspense, lazy } from 'react';

// In place of next/dynamic, whose own helpers (chunk preloading, client-only bail-out) add about
// 2 kB to the first load of every page that uses it anywhere, the live bar's included: React's
// `lazy` is already in the page. What changes: a part the server rendered keeps the server's HTML
// until its code arrives and only then hydrates, where next/dynamic would have fetched that code
// with the page. The parts loaded this way appear on a click or once a live event says so, or
// belong to facilitators alone, so the pages most members load never wait for them.

/**
 * A component whose code is fetched the first time it renders, `loading` shown (and announced,
 * with LoadingStatus) meanwhile.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { loading }: { loading?: () => ReactNode } = {},
): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazyComponent(props: P) {
    return (
      <Suspense fallback={loading?.() ?? null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}
