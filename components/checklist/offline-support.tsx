'use client';

import { useEffect } from 'react';

// Registers the offline service worker (public/sw.js) from the checklist area pages only, and
// tells it whose page this is so that it keeps a copy for this member alone.

const SCOPE = '/assessments/';

/** A version of the build as this page sees it: its script files' names change with every build. */
async function buildVersion(): Promise<string> {
  const scripts = Array.from(
    document.querySelectorAll<HTMLScriptElement>('script[src*="/_next/static/"]'),
    (s) => new URL(s.src).pathname,
  ).sort();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(scripts.join('\n')));
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every /_next/static/ file this page loaded, for a reload without a network. */
function staticAssets(): string[] {
  const fromDom = Array.from(
    document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]'),
    (el) => ('src' in el ? el.src : el.href),
  );
  const loaded = performance.getEntriesByType('resource').map((e) => e.name);
  return [...new Set([...fromDom, ...loaded])].filter((href) => {
    try {
      const url = new URL(href);
      return url.origin === window.location.origin && url.pathname.startsWith('/_next/static/');
    } catch {
      return false;
    }
  });
}

/** Keeps this checklist area page for reloads without a network (see public/sw.js); renders nothing. */
export function OfflineSupport({ userId }: { userId: string }) {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    const sw = navigator.serviceWorker;
    let stopped = false;
    // Said again whenever a (newer) worker takes over, since a new build's worker drops the old copies.
    const announce = () => {
      if (stopped) return;
      sw.controller?.postMessage({ type: 'page-ready', userId, url: window.location.href, assets: staticAssets() });
    };
    sw.addEventListener('controllerchange', announce);
    buildVersion()
      .then((version) => sw.register(`/sw.js?v=${version}`, { scope: SCOPE }))
      .then(() => {
        if (sw.controller) announce();
      })
      .catch(() => {
        // Without a worker the page works online exactly as before; reloads offline do not.
      });
    return () => {
      stopped = true;
      sw.removeEventListener('controllerchange', announce);
    };
  }, [userId]);
  return null;
}
