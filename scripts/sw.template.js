// Candor's service worker: precaches the first download of one release build at install,
// fetches the rest of that build (the screens' chunks, the icons) when the app asks once it
// is idle, serves them all offline, and keeps one cache per version. A new version installs
// in the background and waits until the candidate agrees to switch, so old and new files are
// never mixed.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const LATER = __LATER__;
const CACHE = `candor-${VERSION}`;
const OWN = new Set([...FILES, ...LATER].map((path) => new URL(path, self.location).href));

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

// Fetches what this version has not kept yet, a few files at a time so that the candidate's
// own requests come first, then tells the page. A file that cannot be had now (offline, or
// gone after a deploy) is left for the next time; the others are still kept.
let warming;
async function warm() {
  const cache = await caches.open(CACHE);
  const queue = [...LATER];
  let missed = 0;
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      if (await cache.match(path)) continue;
      await cache.add(path).catch(() => (missed += 1));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  if (missed > 0) throw new Error(`${missed} files could not be kept`);
}

self.addEventListener("message", (event) => {
  if (event.data === "activate-update") self.skipWaiting();
  if (event.data === "warm") {
    warming ??= warm().finally(() => (warming = undefined));
    const reply = warming.then(
      () => event.source?.postMessage("ready-offline"),
      () => event.source?.postMessage("not-ready-offline"),
    );
    event.waitUntil(reply);
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Every page of the app is the same document: routes live in the fragment.
      const cached = request.mode === "navigate" ? await cache.match("./") : await cache.match(request);
      if (cached) return cached;
      const response = await fetch(request);
      // A file of this version fetched before the warm-up is kept for offline use too.
      if (response.ok && OWN.has(request.url)) await cache.put(request, response.clone());
      return response;
    }),
  );
});
