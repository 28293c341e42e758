// Kindly's service worker: the advice screen keeps working offline once it has been opened (issue 19).
// Deliberately tiny (docs/decisions/0012-advice-offline.md): Next's hashed files are kept as they come,
// and the advice page is answered from the network, or from the copy kept when it was last opened.
// The page itself (lib/client/offline.ts) stores what it loaded, so one visit is enough.

const CACHE = "kindly-advice-v1";
const ADVICE_PAGE = /^\/(?:[a-z]{2})\/advice\/?$/;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  // Next's hashed files never change: the kept copy first.
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const kept = await cache.match(request);
        if (kept) return kept;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }

  // The advice page: always the network when there is one (a new build, a fresh nonce), the kept copy when not.
  if (request.mode === "navigate" && ADVICE_PAGE.test(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok) await (await caches.open(CACHE)).put(url.pathname, response.clone());
          return response;
        })
        .catch(async () => (await caches.match(url.pathname)) ?? Response.error()),
    );
  }
});
