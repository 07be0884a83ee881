// Retain's service worker: keeps the app shell in a cache named for this build, so after the first visit
// the page opens and works with the network off (issue 8 point 5; README "Offline").
//
// - The build fills in the two placeholders below (cmake/service_worker.cmake): the build hash is a
//   hash of every shell file, so any change to the page, the wasm or the demo gives a new sw.js; the
//   browser sees the changed bytes and installs the new worker beside the old one.
// - A new worker installs (fills its own cache) but does not take over by itself: the page offers the new
//   version ("A new version of Retain is ready — Reload", web/retain_offline.js) and asks this worker to
//   take over only once the workspace is saved. An open tab never changes version mid-edit.
// - The very first install has no page to disrupt: it claims the open page at once, so the first visit
//   already works offline after one load.
// - Only the shell is answered from the cache. Everything else — the URLs a user loads on purpose, any
//   other origin — goes to the network untouched: the worker never stores user data.
'use strict';

const BUILD_HASH = 'RETAIN_BUILD_HASH';
const SHELL_FILES = RETAIN_SHELL_FILES;
const CACHE_PREFIX = 'retain-shell-';
const CACHE_NAME = CACHE_PREFIX + BUILD_HASH;

const scopeUrl = new URL(self.registration.scope);
const shellUrls = new Set(SHELL_FILES.map((f) => new URL(f, scopeUrl).href));
const indexUrl = new URL('index.html', scopeUrl).href;

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so the new cache holds this deploy's files, not older copies.
  event.waitUntil(caches.open(CACHE_NAME).then((cache) =>
    cache.addAll(SHELL_FILES.map((f) => new Request(new URL(f, scopeUrl).href, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const message = event.data || {};
  if (message.type === 'skip_waiting') self.skipWaiting();  // the page saved its work and asked for it
  if (message.type === 'version' && event.source) event.source.postMessage({ type: 'version', build: BUILD_HASH });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scopeUrl.origin) return;  // user-requested data elsewhere: straight to the network
  // The page itself, with any ?data= query, is the cached index.html.
  const key = request.mode === 'navigate' && url.href.startsWith(scopeUrl.href) &&
      (url.pathname === scopeUrl.pathname || url.href.split('?')[0] === indexUrl) ? indexUrl : url.href.split('#')[0];
  if (!shellUrls.has(key)) return;
  event.respondWith(caches.open(CACHE_NAME).then((cache) => cache.match(key)).then((cached) => cached || fetch(request)));
});
