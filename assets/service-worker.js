// The service worker: after one visit the map, the list, every card, the
// planner and "my stamps" work with no signal. corridor-finish writes this
// file into the bundle as sw.js with the build's version and file lists
// (src/publish/worker.rs); this template is not served as is.
//
// - App files (hashed by Trunk, and the pages naming them): cache first.
//   A new build changes VERSION, the browser installs the new worker
//   beside the old one, and the page offers a reload (sw-register.js);
//   the old cache is removed when the new worker takes over.
// - Live files (the data staff edit, the map config): network first, the
//   copy kept for when the network fails, marked with the day it was
//   saved so the page can say how old it is.
// - Station pages (s/<id>/): network first, kept once visited.
// - Anything else (tiles, the staff pages): the browser's own way.

const VERSION = "__VERSION__";
const APP_FILES = [/* __APP_FILES__ */];
const LIVE_FILES = [/* __LIVE_FILES__ */];

const CACHE = "corridor-" + VERSION;
// The day the kept copy of a live file was fetched (YYYY-MM-DD, local).
const SAVED_HEADER = "x-corridor-saved";
// Set on a live file answered from the kept copy because the network failed.
const OFFLINE_HEADER = "x-corridor-offline";

// Paths are taken relative to the worker's scope, so the site works under
// a sub-path (https://example.gov.cn/jinshan-map/) as at a root.
function relative(url) {
  const scope = self.registration.scope;
  const href = url.split("#")[0].split("?")[0];
  if (!href.startsWith(scope)) return null;
  const path = href.slice(scope.length);
  // A folder's address is its index.html (the station pages, s/<id>/).
  return path === "" || path.endsWith("/") ? path + "index.html" : path;
}

// A station's own page (written at build time, one per station): kept
// when visited, network first, so its card reloads with no signal. One not
// visited yet is answered offline by the kept root page with its <base>
// moved two folders up (the pages' only address relative to themselves):
// the app reads the station from the address and opens its card.
const STATION_PAGE = /^s\/[^/]+\/index\.html$/;
const ROOT_BASE = '<base href="./">';
const STATION_BASE = '<base href="../../">';

async function stationPage(path) {
  try {
    return await networkFirst(path);
  } catch (failure) {
    const root = await caches.match("index.html", { cacheName: CACHE });
    if (!root) throw failure;
    const html = (await root.text()).replace(ROOT_BASE, STATION_BASE);
    return new Response(html, { status: 200, headers: root.headers });
  }
}

function today() {
  const d = new Date();
  const two = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
}

// Fetches a live file past the HTTP cache (a revalidation at most) and
// keeps a dated copy of a good answer.
async function refresh(cache, path) {
  const response = await fetch(new URL(path, self.registration.scope), { cache: "no-cache" });
  if (response.ok) {
    const headers = new Headers(response.headers);
    headers.set(SAVED_HEADER, today());
    const body = await response.clone().arrayBuffer();
    await cache.put(path, new Response(body, { status: response.status, statusText: response.statusText, headers }));
  }
  return response;
}

async function networkFirst(path) {
  const cache = await caches.open(CACHE);
  try {
    return await refresh(cache, path);
  } catch (failure) {
    const kept = await cache.match(path);
    if (!kept) throw failure;
    const headers = new Headers(kept.headers);
    headers.set(OFFLINE_HEADER, "1");
    return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers });
  }
}

async function cacheFirst(request, path) {
  const kept = await caches.match(path, { cacheName: CACHE });
  return kept || fetch(request);
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(APP_FILES);
    // The data too, so the very first visit already works offline; a live
    // file that cannot be fetched now does not stop the install.
    await Promise.all(LIVE_FILES.map((path) => refresh(cache, path).catch(() => undefined)));
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith("corridor-") && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The page's "reload" button: the waiting worker takes over at once.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const path = relative(request.url);
  if (path === null) return;
  if (LIVE_FILES.includes(path)) {
    event.respondWith(networkFirst(path));
  } else if (STATION_PAGE.test(path)) {
    event.respondWith(stationPage(path));
  } else if (APP_FILES.includes(path)) {
    event.respondWith(cacheFirst(request, path));
  }
});
