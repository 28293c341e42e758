// The advice screen offline (issue 19): registers the service worker (public/sw.js) and keeps what this
// page has loaded — the page itself and Next's hashed files — in the worker's cache, so that the first
// visit is enough: after it, the advice works with no network (the engine runs in the browser).

const CACHE = "kindly-advice-v1";

/** Set on <html> once this page and its files are kept for offline use. */
export const OFFLINE_READY_ATTRIBUTE = "data-kindly-offline-ready";

export async function keepAdviceOffline() {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  try {
    await navigator.serviceWorker.register("/sw.js");
    const files = performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => new URL(name).origin === location.origin && new URL(name).pathname.startsWith("/_next/static/"));
    const cache = await caches.open(CACHE);
    await cache.addAll([...new Set(files)]);
    await cache.add(location.pathname);
    // Kept: said on the page, so a test (or a curious person) knows the next visit can be offline.
    document.documentElement.setAttribute(OFFLINE_READY_ATTRIBUTE, "");
  } catch {
    // Offline use is a bonus: a browser that refuses it (private mode, storage full) still gets advice online.
  }
}
