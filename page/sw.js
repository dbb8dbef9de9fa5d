// @ts-check
/// <reference lib="webworker" />
// The service worker: after one visit the app works without a network. It precaches this
// build's files (BUILD_SW, filled in by tools/assemble.mjs), fetched past the HTTP cache,
// under a cache named by their content hash, so a new build is a new cache: the
// participants' page and everything it needs at install; the trainer's page's own files
// when that page is open at install, or else the first time it is opened (so participants
// never download the trainer's wasm, and the trainer's page too works offline after one
// visit). It refuses a page that is not this
// build's (a stale CDN or proxy copy would name files the server no longer has, and the app
// would never start). Activation keeps the newest older cache, for a tab still running that
// version, and removes the rest. The site's own details (build.site, site.json) come from
// the network first, the cached copy only offline, as the web manager edits them at any
// time; when they say `"offline": false`, the worker unregisters itself and deletes this
// app's caches (the pages then load from the server, and no longer register it).

const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const build = BUILD_SW;
const PREFIX = `cloud-check:${worker.registration.scope}:`;
const CACHE = PREFIX + build.version;
// When each cache was installed, so activation can keep the newest older one.
const INSTALLED = './.cloud-check-installed';

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // The other pages' own files too when one of them is open (a trainer's first visit).
      const open = await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' });
      const laterOpen = open.some((client) => {
        const file = new URL(client.url).pathname.split('/').pop() ?? '';
        return build.later.includes(file);
      });
      const wanted = laterOpen ? [...build.files, ...build.later] : build.files;
      // Straight from the server: never the HTTP cache, which may hold the previous build.
      const responses = await Promise.all(
        wanted.map(async (file) => {
          const response = await fetch(new Request(file, { cache: 'reload' }));
          if (!response.ok) throw new Error(`install: ${file} answered ${response.status}`);
          return /** @type {const} */ ([file, await unredirected(response)]);
        }),
      );
      for (const [file, response] of responses) {
        if (!(await fromThisBuild(file, response))) {
          throw new Error(`install: ${file} is not from this build; keeping the current version`);
        }
      }
      const cache = await caches.open(CACHE);
      await Promise.all(responses.map(([file, response]) => cache.put(file, response)));
      await cache.put(INSTALLED, new Response(String(Date.now())));
      await worker.skipWaiting();
    })(),
  );
});

/**
 * `response` as if it had not been redirected: a host that sends `index.html` to `./` gives a
 * redirected response, which a browser refuses to serve for a page's navigation, so the
 * offline page would never open. The same body, status and headers, without the flag.
 * @param {Response} response
 */
async function unredirected(response) {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

/**
 * Whether `response` for `file` is this build's: a page must name its own build's script.
 * @param {string} file
 * @param {Response} response
 */
async function fromThisBuild(file, response) {
  const page = build.pages.find(([name]) => name === file);
  return !page || (await response.clone().text()).includes(page[1]);
}

// Keeps this version and the newest older one (a tab still running it may yet need its
// files); removes the rest of this app's caches.
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const ours = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
      const dated = await Promise.all(
        ours.map(async (key) => {
          const stamp = await (await caches.open(key)).match(INSTALLED);
          return /** @type {const} */ ([key, Number(stamp ? await stamp.text() : 0)]);
        }),
      );
      const older = [...dated].sort((a, b) => b[1] - a[1]).slice(1);
      await Promise.all(older.map(([key]) => caches.delete(key)));
      await worker.clients.claim();
    })(),
  );
});

/**
 * Whether the site's details turn offline use off.
 * @param {Response} response
 */
async function offlineOff(response) {
  try {
    return (await response.clone().json())?.offline === false;
  } catch {
    return false; // not JSON: the app warns and ignores it
  }
}

/** Removes this worker and every cache of this app (offline use turned off by the site). */
async function removeSelf() {
  await worker.registration.unregister();
  const ours = (await caches.keys()).filter((k) => k.startsWith(PREFIX));
  await Promise.all(ours.map((key) => caches.delete(key)));
}

/**
 * The site's details: the server's copy (kept for offline use), else, offline or when the
 * server has not answered within 3 seconds (a network that stalls), the cached one.
 * @param {Request} request
 */
async function siteFile(request) {
  const network = (async () => {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) {
      if (await offlineOff(response)) await removeSelf();
      else await (await caches.open(CACHE)).put(build.site, response.clone());
    }
    return response;
  })();
  network.catch(() => {}); // answered from the cache below
  const late = new Promise((resolve) => setTimeout(resolve, 3000, null));
  const first = await Promise.race([network, late]).catch(() => null);
  if (first) return first;
  const cached = await caches.match(build.site, { cacheName: CACHE });
  return cached ?? network.catch(() => Response.error());
}

// Cache first for this app's own files: this version's, else the kept older one's (a page
// of the older version asking for its own files); a file of this build fetched for the
// first time (the trainer's page's) joins this version's cache; anything else goes to the
// network untouched. Query strings (embed settings) do not change a file.
worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(worker.registration.scope)) return;
  // Only the site file beside the pages (the scope's own), not any `…/site.json` below it.
  const url = new URL(request.url);
  if (url.origin + url.pathname === new URL(build.site, worker.registration.scope).href) {
    event.respondWith(siteFile(request));
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const current = await cache.match(request, { ignoreSearch: true });
      if (current) return current;
      for (const key of (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE)) {
        const older = await (await caches.open(key)).match(request, { ignoreSearch: true });
        if (older) return older;
      }
      const response = await fetch(request);
      const file = new URL(request.url).pathname.split('/').pop() || './';
      if (response.ok && build.later.includes(file) && (await fromThisBuild(file, response))) {
        const kept = await unredirected(response);
        await cache.put(file, kept.clone());
        return kept;
      }
      return response;
    })(),
  );
});
