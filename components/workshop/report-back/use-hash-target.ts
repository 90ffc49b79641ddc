'use client';

import { useEffect, useRef, useState } from 'react';

const PREFIX = '#finding-';
// A presenter's navigation may change only the hash through the router's pushState, which fires
// no hashchange event; a cheap check every half second catches it as well.
const CHECK_MS = 500;

/**
 * The finding the URL's hash names (`#finding-<id>`), once it is on the page: scrolled to,
 * focused for keyboard and screen-reader users, and returned so the view can highlight it.
 * `ready` changes whenever findings appear, so a target that loads late is still found.
 */
export function useHashTarget(ready: unknown): string | null {
  const [target, setTarget] = useState<string | null>(null);
  // Kept across runs: a finding edited later must not pull everyone back to the target.
  const handled = useRef<string | null>(null);
  useEffect(() => {
    const check = () => {
      const hash = decodeURIComponent(window.location.hash);
      if (!hash.startsWith(PREFIX) || hash === handled.current) return;
      const el = document.getElementById(hash.slice(1));
      if (!el) return;
      handled.current = hash;
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      el.focus({ preventScroll: true });
      setTarget(hash.slice(PREFIX.length));
    };
    check();
    window.addEventListener('hashchange', check);
    const timer = setInterval(check, CHECK_MS);
    return () => {
      window.removeEventListener('hashchange', check);
      clearInterval(timer);
    };
  }, [ready]);
  return target;
}
