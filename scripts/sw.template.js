// Candor's service worker: precaches exactly the files of one release build, serves them
// offline, and keeps one cache per version. A new version installs in the background and
// waits until the candidate agrees to switch, so old and new files are never mixed.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `candor-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith("candor-") && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "activate-update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Every page of the app is the same document: routes live in the fragment.
      const cached = request.mode === "navigate" ? await cache.match("./") : await cache.match(request);
      return cached || fetch(request);
    }),
  );
});
