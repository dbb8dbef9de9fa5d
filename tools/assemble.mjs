// @ts-check
// Puts the finished pages of a release build together into one folder (node
// tools/assemble.mjs OUT PAGE_DIR...; the participants' page first), then writes what
// belongs to the whole build:
//
// 1. embed.js (page/embed.js with this build's file names), which mounts the participants'
//    app into elements of a host page, so host pages use one stable URL;
// 2. sw.js (page/sw.js with the list of this build's files and a hash of them all), the
//    service worker that makes every page work offline after one visit (the participants'
//    files precached at install; the other pages' own files when first opened, so
//    participants never download the trainer's);
// 3. precompressed copies last, over the finished files: name.br (Brotli, quality 11, the
//    largest window) and name.gz (gzip written by Zopfli: any gzip reader reads it, and it
//    is 5 % smaller than gzip -9, 12 KB on the wasm) beside each text file and the wasm, for hosts
//    that send them as they are (nginx gzip_static/brotli_static, Caddy's precompressed)
//    instead of compressing each response on the fly at a lower level. A host that
//    compresses by itself ignores them. Edit no file after the build, or its copies go stale
//    (but the site's own site.json, which has none and is meant to be edited).
//
// Files of the same name in two pages' folders (the style sheet, icons) must be identical.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { bootRules, program } from './page-programs.mjs';

const [out, ...pages] = process.argv.slice(2);
if (!out || pages.length === 0) throw new Error('usage: node tools/assemble.mjs OUT PAGE_DIR...');
/** @param {string} message @returns {never} */
const fail = (message) => {
  throw new Error(`assemble: ${message}`);
};

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
/** @type {Map<string, Buffer>} */
const files = new Map();
/** Each page's HTML file with the glue script it loads. */
const pageScripts = [];
for (const dir of pages) {
  const names = (await readdir(dir)).filter((f) => !f.startsWith('.'));
  const html = names.filter((f) => f.endsWith('.html'));
  const glue = names.find((f) => /^[a-z-]+-[0-9a-f]+\.js$/.test(f));
  if (html.length !== 1 || !glue) fail(`${dir} holds no finished page`);
  pageScripts.push([html[0], glue]);
  for (const name of names) {
    const body = await readFile(join(dir, name));
    if (files.get(name)?.equals(body) === false) fail(`two pages built different files named ${name}`);
    files.set(name, body);
    await copyFile(join(dir, name), join(out, name));
  }
}
const rules = bootRules();

// The site's own details (who runs the page, offline use): the template with every field
// empty, for the web manager to fill in after the build. It is no part of a page's hashes or
// policy, and gets no precompressed copy (an edit would leave one stale).
const site = rules.names.siteFile;
await copyFile(new URL(`../assets/${site}`, import.meta.url), join(out, site));

// 1. embed.js, for the participants' app.
const participants = await readdir(pages[0]);
const [, participantGlue] = pageScripts[0];
const embed = {
  glue: participantGlue,
  wasm: participants.find((f) => f.endsWith('_bg.wasm')) ?? fail('no wasm for the participants'),
  integrity: '',
  stylesheet: participants.find((f) => /^style-[0-9a-f]+\.css$/.test(f)) ?? fail('no style sheet'),
  names: rules.names,
};
await writeFile(join(out, 'embed.js'), await program('embed.js', { BUILD_EMBED: embed }, { module: true }));

// 2. The service worker, over every file of the build (sorted, so the hash is stable): the
// participants' page and what it needs precached at install, the other pages' own files
// (their HTML, glue, wasm and style sheet) cached when first fetched.
const everything = (await readdir(out)).filter((f) => !f.startsWith('.')).sort();
const digest = createHash('sha256');
for (const f of everything) digest.update(f).update(await readFile(join(out, f)));
const own = new Set();
for (const dir of pages.slice(1)) {
  for (const f of await readdir(dir)) {
    // A page's own files: its HTML, glue, wasm and style sheet (the trainer's, inlined in
    // its page), never one the participants' page has too (the shared style sheet).
    if (!participants.includes(f) && (f.endsWith('.html') || /^[a-z-]+-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/.test(f))) own.add(f);
  }
}
const build = {
  version: digest.digest('hex').slice(0, 16),
  files: ['./', ...everything.filter((f) => !own.has(f))],
  later: everything.filter((f) => own.has(f)),
  // The participants' page is both './' and 'index.html'.
  pages: pageScripts.flatMap(([html, glue]) => (html === 'index.html' ? [['./', glue], [html, glue]] : [[html, glue]])),
  site,
};
await writeFile(join(out, rules.names.serviceWorker), await program('sw.js', { BUILD_SW: build }, { module: false }));
console.log(`assemble: ${pages.length} page(s); sw.js precaches ${build.files.length} entries, ${build.later.length} more when first opened, as version ${build.version}`);

// 3. Precompressed copies of every file as it is now.
const COMPRESSIBLE = /\.(html|js|css|wasm|json|svg|webmanifest|xml)$/;
let plain = 0;
let brotli = 0;
for (const f of (await readdir(out)).filter((f) => COMPRESSIBLE.test(f) && f !== site)) {
  const body = await readFile(join(out, f));
  const br = zlib.brotliCompressSync(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  await writeFile(join(out, `${f}.br`), br);
  await writeFile(join(out, `${f}.gz`), await gzipAsync(body, { numiterations: 15 }));
  plain += body.length;
  brotli += br.length;
}
console.log(`assemble: .br and .gz written (${plain} bytes → ${brotli} with Brotli)`);
