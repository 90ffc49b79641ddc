// The service worker of offline reloads (issue 11): a member who reloads a checklist area page
// without a network still gets the page, and its answers come from the copy the page keeps in
// IndexedDB (lib/collab/offline-doc.ts). Registered by components/checklist/offline-support.tsx
// with scope /assessments/ and `?v=<build>`, so each build gets its own caches.
//
// What is cached, and only that:
// - a checklist area page's HTML, network first: online, the server decides as always (session
//   cookie, membership); the copy is only a fallback when the network fails. A copy is kept only
//   for the member the page itself names (its `page-ready` message), in a cache of that member,
//   and the caches of anyone else are dropped when another member's page says so.
// - /_next/static/ assets, cache first: their names change with their content.
// Never API responses, never other pages. Sign-out deletes every cache (sign-out-button.tsx).

const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const PREFIX = 'idg-offline-';
const STATIC_CACHE = `${PREFIX}static-${VERSION}`;
const META_CACHE = `${PREFIX}meta-${VERSION}`;
const PAGES_PREFIX = `${PREFIX}pages-${VERSION}-`;
const USER_KEY = '/__idg-offline/user';
const AREA_PAGE = /^\/assessments\/[A-Za-z0-9_-]{1,64}\/checklist\/[a-z0-9-]{1,64}\/?$/;
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

// Pages fetched over the network, waiting for their page to say whose they are: by client id.
const fetched = new Map();

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Another build's caches: its pages point at assets this build no longer serves.
      const keys = await caches.keys();
      const ours = (k) => k === STATIC_CACHE || k === META_CACHE || k.startsWith(PAGES_PREFIX);
      await Promise.all(keys.filter((k) => k.startsWith(PREFIX) && !ours(k)).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

function pagesCache(userId) {
  return `${PAGES_PREFIX}${userId}`;
}

/** The page's address without query or fragment: one copy per area page. */
function pageKey(href) {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

async function currentUser() {
  const res = await (await caches.open(META_CACHE)).match(USER_KEY);
  return res ? res.text() : null;
}

async function networkFirst(event) {
  try {
    const res = await fetch(event.request);
    // Only the page itself: a redirect (to sign-in) or a refusal is never kept.
    if (res.ok && !res.redirected && res.type === 'basic') {
      const clientId = event.resultingClientId;
      if (clientId) fetched.set(clientId, { key: pageKey(event.request.url), res: res.clone() });
      // A page that never says whose it is (closed at once) is not held for long.
      if (fetched.size > 8) fetched.delete(fetched.keys().next().value);
    }
    return res;
  } catch (err) {
    const userId = await currentUser();
    const copy = userId ? await (await caches.open(pagesCache(userId))).match(pageKey(event.request.url)) : undefined;
    if (copy) return copy;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(STATIC_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && res.type === 'basic') await cache.put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && AREA_PAGE.test(url.pathname)) event.respondWith(networkFirst(event));
  else if (url.pathname.startsWith('/_next/static/')) event.respondWith(cacheFirst(request));
});

/** Keeps the page a client shows for its member, and the assets it loaded. */
async function keepPage(client, { userId, url, assets }) {
  if (typeof userId !== 'string' || !USER_ID.test(userId) || typeof url !== 'string') return;
  const target = new URL(url);
  if (target.origin !== self.location.origin || !AREA_PAGE.test(target.pathname)) return;
  const meta = await caches.open(META_CACHE);
  if ((await currentUser()) !== userId) {
    // Someone else's page now: nobody else's copies stay.
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith(`${PREFIX}pages-`)).map((k) => caches.delete(k)));
    await meta.put(USER_KEY, new Response(userId));
  }
  const pages = await caches.open(pagesCache(userId));
  const pending = fetched.get(client.id);
  fetched.delete(client.id);
  if (pending && pending.key === pageKey(url)) {
    await pages.put(pending.key, pending.res);
  } else {
    // The page loaded before this worker controlled it: fetch it once more, with this member's cookie.
    const res = await fetch(pageKey(url), { credentials: 'same-origin', redirect: 'manual' });
    if (res.ok && res.type === 'basic') await pages.put(pageKey(url), res);
  }
  const statics = await caches.open(STATIC_CACHE);
  const wanted = (Array.isArray(assets) ? assets : [])
    .filter((a) => typeof a === 'string')
    .map((a) => new URL(a, self.location.origin))
    .filter((a) => a.origin === self.location.origin && a.pathname.startsWith('/_next/static/'));
  await Promise.all(
    wanted.map(async (a) => {
      if (await statics.match(a.href)) return;
      const res = await fetch(a.href).catch(() => null);
      if (res && res.ok) await statics.put(a.href, res);
    }),
  );
}

self.addEventListener('message', (event) => {
  const data = event.data;
  const client = event.source;
  if (!data || data.type !== 'page-ready' || !client) return;
  event.waitUntil(
    keepPage(client, data).then(
      () => client.postMessage({ type: 'page-kept', url: data.url }),
      () => undefined,
    ),
  );
});
