// Trunk post-build hook (see Trunk.toml): finishes dist/ for release builds.
//
// 1. Replaces Trunk's boot script with one that lets the browser paint the start screen
//    before the app's files are fetched and run.
// 2. Inlines the style sheet, so that paint needs nothing but index.html.
// 3. Puts the prerendered start screen and the no-JavaScript checklist (printed by the
//    native `prerender` binary, see src/ui/prerender.rs) into the body, in place of
//    index.html's <noscript>, so people read the start screen before the wasm has arrived.
// 4. Adds a Content-Security-Policy <meta> that allows nothing but the app's own files:
//    scripts only from this folder plus our two inline scripts, the one inline style
//    (both allowed by their SHA-256 hashes, computed here after everything else),
//    'wasm-unsafe-eval' (needed to compile WebAssembly; it does not allow eval), no plugins,
//    no <base>, no form submissions, and connections only to this origin.
// 5. Writes embed.js, which mounts the app into elements of a host page.
// 6. Writes sw.js, the service worker that makes the app work offline after one visit: it
//    precaches exactly the files of this build, fetched past the HTTP cache, under a cache
//    named by their content hash, so a new build is a new cache; it refuses to install a
//    page that is not this build's (a stale CDN copy); activation keeps the newest older
//    cache for tabs still running that version and removes the rest.
// 7. Writes precompressed copies last, over the finished files: name.br (Brotli, quality 11,
//    the largest window) and name.gz (gzip -9) beside each text file and the wasm, for hosts
//    that send them as they are (nginx gzip_static/brotli_static, Caddy's precompressed)
//    instead of compressing each response on the fly at a lower level. Both come from
//    Node's zlib (the zlib and Google Brotli libraries). A host that compresses by itself
//    ignores them. Edit no file after the build, or its copies go stale.
//
// Development builds (trunk serve) are left alone: its live-reload script is injected later.
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
const built = await readdir(dir);
const named = (re) => {
  const found = built.find((f) => re.test(f));
  if (!found) throw new Error(`post-build: no file matching ${re} in the build`);
  return found;
};
const glue = named(/^cloud-check-[0-9a-f]+\.js$/);
const wasm = named(/_bg\.wasm$/);

// 1. The boot script. Trunk's starts fetching the app's 600 KB at once (preload links) and
// runs it as soon as it arrives, which on a fast network can be before the prerendered start
// screen is painted, and on a slow one competes with the page for bandwidth. Ours waits until
// the browser reports the first contentful paint (one frame where paints are not reported),
// then fetches the wasm (with Trunk's integrity hash) and the glue in parallel. The wasm is
// compiled from the whole download rather than streamed: streaming decodes each arriving
// chunk on the main thread, which on a fast link is one long task that blocks input, while
// compiling a finished download runs off the main thread (and 560 KB compiles in far less
// time than a slow link takes to deliver it). The style sheet is inline (see 2), so that
// paint comes as soon as the page has arrived. A hidden tab (or an iframe scrolled out of
// sight) may paint nothing, so it waits at most 3 seconds.
const only = (re, what) => {
  const found = [...html.matchAll(re)];
  if (found.length !== 1) throw new Error(`post-build: expected one ${what} in index.html, found ${found.length}`);
  return found[0];
};
const trunkBoot = only(/<script type="?module"?>[\s\S]*?<\/script>/g, 'inline module script (Trunk’s boot)');
const modulePreload = only(/<link[^>]*rel="?modulepreload"?[^>]*>/g, 'modulepreload link');
const wasmPreload = only(/<link[^>]*rel="?preload"?[^>]*>/g, 'wasm preload link');
if (!trunkBoot[0].includes(glue) || !trunkBoot[0].includes(wasm) || !wasmPreload[0].includes(wasm)) {
  throw new Error('post-build: Trunk’s boot script or preload links do not name this build’s files');
}
const integrity = wasmPreload[0].match(/integrity="?([^" >]+)/)?.[1] ?? '';
const boot = `<script type="module">
await new Promise((done) => {
  setTimeout(done, 3000);
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(() => setTimeout(done));
  new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && done()).observe({ type: 'paint', buffered: true });
});
try {
  const wasm = fetch(${JSON.stringify(`./${wasm}`)}, { integrity: ${JSON.stringify(integrity)} }).then((r) => r.arrayBuffer());
  wasm.catch(() => {}); // handled below, through init, when the glue loaded first
  const { default: init } = await import(${JSON.stringify(`./${glue}`)});
  const instance = await init({ module_or_path: wasm });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
} catch (_) {
  // The start screen is only a picture of the app until it loads: say why nothing works.
  // An opaque origin is an iframe sandboxed without allow-same-origin (WebKit then refuses
  // the app's own files under its policy); otherwise the network failed midway.
  const words = self.origin === 'null'
    ? ['このページの埋め込み設定（sandbox）では、ツールを動かせません。次のアドレスを新しいタブで開いてください：', 'This page embeds the tool in a way that does not let it run (sandbox). Open this address in a new tab: ']
    : ['ツールを読み込めませんでした。通信状態を確かめて、ページを再読み込みしてください。', 'The tool could not load. Check your connection and reload the page.'];
  const note = document.createElement('div');
  note.className = 'banner warning load-failed';
  note.setAttribute('role', 'alert');
  for (const [i, lang] of ['ja', 'en'].entries()) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = words[i] + (self.origin === 'null' ? location.href.split('#')[0] : '');
    note.append(p);
  }
  document.body.prepend(note);
}
</script>`;
html = html.replace(trunkBoot[0], () => boot).replace(modulePreload[0], '').replace(wasmPreload[0], '');
console.log('post-build: boot script waits for the first paint');

// 2. The style sheet, inline: the start screen is painted as soon as index.html has arrived,
// one round trip sooner. The file stays for embed.js, whose shadow roots link it.
const sheet = named(/^style-[0-9a-f]+\.css$/);
const sheetLink = only(new RegExp(`<link[^>]*${sheet.replace('.', '\\.')}[^>]*>`, 'g'), 'style sheet link');
const css = (await readFile(join(dir, sheet), 'utf8')).trim();
if (css.includes('</style')) throw new Error('post-build: the style sheet cannot be inlined');
html = html.replace(sheetLink[0], () => `<style>${css}</style>`);
console.log(`post-build: ${sheet} inlined (${css.length} bytes)`);

// 3. The prerendered body. Same dev profile as `cargo test`, so CI compiles nothing twice.
const root = fileURLToPath(new URL('..', import.meta.url));
const body = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (!body.includes('id="cloud-check-prerendered"') || /<script/i.test(body)) {
  throw new Error('post-build: the prerender printed something unexpected');
}
// The prerendered copy is the app's first screen only when the app opens on its start
// screen in Japanese. Otherwise (another screen in the fragment or the embed's `start`, or
// English from the embed's `lang` or the saved settings) a loading line stands in, so the
// wrong screen never flashes. A classic script, so it runs before anything is painted. The
// rules (screen words, `start` values, namespaces, languages, settings keys) come from the
// Rust that applies them (src/boot.rs, printed by the prerender bin); this script only
// reads the URL and storage the way src/ui/mount.rs does.
const rules = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', '--boot-rules'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
JSON.parse(rules);
const choose = `<script>
(() => {
  const R = ${rules};
  const langOf = (code) => {
    const primary = String(code).split(/[-_]/)[0].toLowerCase();
    return R.langs.includes(primary) ? primary : null;
  };
  let lang = null, start = false, ns = null;
  for (const pair of location.search.replace(/^[?]+/, '').split('&').filter(Boolean)) {
    const at = pair.indexOf('=');
    const [key, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    if (key === 'lang') lang = langOf(value);
    else if (key === 'start') start = R.starts.includes(value);
    else if (R.namespaceKeys.includes(key)) {
      ns = value.length > 0 && value.length <= R.namespaceMax && [...value].every((c) => R.namespaceChars.includes(c)) ? value : null;
    }
  }
  const parts = location.hash.replace(/^#+/, '').replace(/^[/]+|[/]+$/g, '').split('/');
  const screen = (parts.length === 1 && R.screens.includes(parts[0])) || (parts.length === 2 && parts[0] === R.numbered)
    || (parts.length >= 2 && parts[0] === R.code);
  const opensElsewhere = screen || (start && location.hash.replace(/^[#/]+/, '') === '');
  if (lang === null) {
    try {
      const key = ns ? R.namespacedSettingsKey.replace(R.namespacePlaceholder, ns) : R.settingsKey;
      const saved = JSON.parse(localStorage.getItem(key) ?? 'null')?.lang;
      lang = typeof saved === 'string' && R.langs.includes(saved) ? saved
        : (!ns && langOf(localStorage.getItem(R.legacyLangKey) ?? '')) || null;
    } catch {
      // Storage refused: the app cannot have saved a language either.
    }
  }
  if (opensElsewhere || (lang ?? R.defaultLang) !== R.defaultLang) document.documentElement.classList.add('cloud-check-loading');
})();
</script>`;
const noscript = only(/<noscript>[\s\S]*?<\/noscript>/g, '<noscript>');
html = html.replace(noscript[0], () => choose + body);
console.log(`post-build: prerendered start screen and checklist put into index.html (${body.length} bytes)`);

// 4. The policy, with the hashes of our two inline scripts and the one inline style.
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 2) throw new Error(`post-build: expected exactly our two inline scripts, found ${inline.length}`);
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
if (styles.length !== 1 || /\sstyle=/.test(html)) throw new Error('post-build: expected exactly one inline style and no style attributes');
const hashes = inline.map(sha256);

export const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  `style-src 'self' ${styles.map(sha256).join(' ')}`,
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

if (html.includes('http-equiv=Content-Security-Policy') || html.includes('http-equiv="Content-Security-Policy"')) {
  throw new Error('index.html already has a CSP');
}
// The policy must come before any script, so it goes right after the charset. The second
// meta tells the app that this build has a service worker to register.
const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="cloud-check-offline" content="sw.js">`;
const charset = html.match(/<meta charset="?utf-8"?>/i);
if (!charset) throw new Error('no <meta charset> in index.html');
html = html.replace(charset[0], charset[0] + meta);
await writeFile(file, html);
console.log(`post-build: CSP with ${hashes.length} inline script hash(es) added to index.html`);

// 5. embed.js: mounts the app into every [data-cloud-check] element of a host page. It knows
// this build's hashed file names, so host pages can use one stable URL.
const embed = `// Generated by scripts/post-build.mjs for this build; do not edit.
// Usage: <div data-cloud-check data-lang="ja"></div>
//        <script type="module" src="https://example.org/tools/cloud-check/embed.js"></script>
// The app mounts only into [data-cloud-check] elements, also ones the page adds later; it
// never takes over the host page. Its one global tells it so, and where its styles are.
const base = new URL('./', import.meta.url);
globalThis.cloudCheckEmbed = { stylesheet: new URL(${JSON.stringify(named(/^style-.*\.css$/))}, base).href };
const { default: init } = await import(new URL(${JSON.stringify(glue)}, base).href);
await init({ module_or_path: new URL(${JSON.stringify(wasm)}, base) });
`;
await writeFile(join(dir, 'embed.js'), embed);
console.log('post-build: embed.js written');

// 6. The service worker.
const files = (await readdir(dir)).filter((f) => !f.startsWith('.') && f !== 'sw.js').sort();
const digest = createHash('sha256');
for (const f of files) digest.update(f).update(await readFile(join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
const sw = `// Generated by scripts/post-build.mjs for this build; do not edit.
// Precaches this build's files so the app works offline after one visit.
const VERSION = ${JSON.stringify(version)};
const FILES = ${JSON.stringify(['./', ...files])};
// The page must be this build's: it names this build's script. A stale copy (the browser's
// HTTP cache, a CDN) would name files that are gone, and the app would never start.
const PAGE_NAMES = ${JSON.stringify(glue)};
const PREFIX = 'cloud-check:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;
// When each cache was installed, so activation can keep the newest older one.
const INSTALLED = './.cloud-check-installed';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // Straight from the server: never the HTTP cache, which may hold the previous build's page.
    const responses = await Promise.all(FILES.map(async (file) => {
      const response = await fetch(new Request(file, { cache: 'reload' }));
      if (!response.ok) throw new Error(\`install: \${file} answered \${response.status}\`);
      return [file, response];
    }));
    const page = await responses[0][1].clone().text();
    if (!page.includes(PAGE_NAMES)) throw new Error('install: the page is not from this build; keeping the current version');
    const cache = await caches.open(CACHE);
    await Promise.all(responses.map(([file, response]) => cache.put(file, response)));
    await cache.put(INSTALLED, new Response(String(Date.now())));
    await self.skipWaiting();
  })());
});

// Keeps this version and the newest older one (a tab still running it may yet need its
// files); removes the rest of this app's caches.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const ours = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE);
    const dated = await Promise.all(ours.map(async (key) => {
      const stamp = await (await caches.open(key)).match(INSTALLED);
      return [key, Number(stamp ? await stamp.text() : 0)];
    }));
    dated.sort((a, b) => b[1] - a[1]);
    await Promise.all(dated.slice(1).map(([key]) => caches.delete(key)));
    await self.clients.claim();
  })());
});

// Cache first for this app's own files: this version's, else the kept older one's (a page
// of the older version asking for its own files); anything else goes to the network
// untouched. Query strings (embed settings) do not change a file.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const current = await (await caches.open(CACHE)).match(request, { ignoreSearch: true });
    if (current) return current;
    for (const key of (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== CACHE)) {
      const older = await (await caches.open(key)).match(request, { ignoreSearch: true });
      if (older) return older;
    }
    return fetch(request);
  })());
});
`;
await writeFile(join(dir, 'sw.js'), sw);
console.log(`post-build: sw.js precaches ${files.length + 1} entries as version ${version}`);

// 7. Precompressed copies, of every file as it is now (so after every step above).
const COMPRESSIBLE = /\.(html|js|css|wasm|json|svg|webmanifest)$/;
let plain = 0;
let brotli = 0;
for (const f of (await readdir(dir)).filter((f) => COMPRESSIBLE.test(f))) {
  const body = await readFile(join(dir, f));
  const br = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  await writeFile(join(dir, `${f}.br`), br);
  await writeFile(join(dir, `${f}.gz`), zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION }));
  plain += body.length;
  brotli += br.length;
}
console.log(`post-build: .br and .gz written (${plain} bytes → ${brotli} with Brotli)`);
