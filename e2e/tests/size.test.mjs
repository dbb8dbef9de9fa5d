// The size gate (bytes are deterministic, so this is no timed test): what a participant's
// browser downloads to open the tool must stay within the budget this project reached, so
// that size cannot creep back unnoticed. The first load is what Chromium fetches opening
// index.html until the app is up (service worker blocked: its background precache comes
// after), each file counted as scripts/bench.sh counts it: what a host that sends the
// build's precompressed copies sends (gzip_static, brotli_static): the .gz copy (written by
// Zopfli) and the .br copy, or the file itself where it has none (images). The trainer's page
// is not in it, nor are the parts of the wasm that the screens after the answers are in
// (src/ui/parts.rs): they are fetched once the owner moves on from the first screen, and
// held to a budget of their own. The trainer's page has a budget of its own too, measured
// the same way. Also: every precompressed copy decompresses to exactly its file.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BUDGET } from '../lib/budget.mjs';
import { MOUNT, useApp, waitForHeading } from '../lib/harness.mjs';

const DIST = process.env.DIST_DIR;
const KB = 1024;
/** A part of the participants' wasm (tools/split.mjs names them). */
const PART = /^cloud-check-part-/;

const app = useApp();

/** What a host sending the build's precompressed copies sends for `name`: its `.gz` or `.br`
 * copy (`ext`), or the file itself where it has none (images). */
const sent = async (name, ext) => (await readFile(join(DIST, `${name}${ext}`)).catch(() => readFile(join(DIST, name)))).length;
/** The bytes of `names` as gzip and as Brotli. */
async function sizes(names) {
  let gzip = 0;
  let brotli = 0;
  for (const name of names) {
    gzip += await sent(name, '.gz');
    brotli += await sent(name, '.br');
  }
  return { gzip, brotli };
}
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

test('what a participant downloads to open the tool stays within the size budget, and the parts of the app come once the owner moves on', async () => {
  const { page, server } = app;
  const context = await page.context().browser().newContext({ serviceWorkers: 'block' });
  const fetched = new Set();
  const partsFetched = new Set();
  let drawn = false;
  const early = [];
  try {
    const fresh = await context.newPage();
    fresh.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (!path.startsWith(MOUNT)) return;
      const name = path.slice(MOUNT.length) || 'index.html';
      if (PART.test(name)) {
        partsFetched.add(name);
        if (!drawn) early.push(name);
      } else {
        fetched.add(name);
      }
    });
    await fresh.goto(server.url);
    await waitForHeading(fresh, 'そのクラウドサービス');
    await fresh.waitForLoadState('networkidle');
    drawn = true;
    // The parts (src/ui/parts.rs) are fetched, unasked, once the owner moves on from the
    // first screen.
    const parts = Promise.all([/-part-results-/, /-part-checks-/].map((part) => fresh.waitForEvent('requestfinished', (r) => part.test(r.url()))));
    await fresh.click('a.primary[href="#/items/1"]');
    await waitForHeading(fresh, '1.');
    await parts;
  } finally {
    await context.close();
  }
  assert.deepEqual(early, [], 'no part of the app in the first load');
  const { gzip, brotli } = await sizes(fetched);
  const wasm = [...fetched].find((n) => n.endsWith('_bg.wasm'));
  assert.match(wasm ?? '', /^cloud-check-/, 'the participants\' wasm is in the first load');
  assert.ok(![...fetched].some((n) => n.startsWith('trainer')), `nothing of the trainer's page: ${[...fetched]}`);
  assert.ok(![...fetched].some((n) => n.startsWith('content-en-')), `no English for a Japanese reader: ${[...fetched]}`);
  const built = (await readdir(DIST)).filter((n) => PART.test(n) && n.endsWith('.wasm'));
  assert.deepEqual([...partsFetched].sort(), built.sort(), 'every part of the build, each fetched once it was asked for');
  let partsGzip = 0;
  for (const name of partsFetched) partsGzip += await sent(name, '.gz');
  const wasmGzip = await sent(wasm, '.gz');
  console.log(`first load (${[...fetched].sort().join(', ')}): ${kb(gzip)} gzip, ${kb(brotli)} Brotli; wasm ${kb(wasmGzip)} gzip; then the parts (${[...partsFetched].sort().join(', ')}): ${kb(partsGzip)} gzip`);
  assert.ok(gzip <= BUDGET.firstLoadGzip, `first load ${kb(gzip)} gzip > budget ${kb(BUDGET.firstLoadGzip)}`);
  assert.ok(brotli <= BUDGET.firstLoadBrotli, `first load ${kb(brotli)} Brotli > budget ${kb(BUDGET.firstLoadBrotli)}`);
  assert.ok(wasmGzip <= BUDGET.wasmGzip, `wasm ${kb(wasmGzip)} gzip > budget ${kb(BUDGET.wasmGzip)}`);
  assert.ok(partsGzip <= BUDGET.partsGzip, `parts ${kb(partsGzip)} gzip > budget ${kb(BUDGET.partsGzip)}`);
});

test("what a trainer downloads to open the trainer's page stays within its own budget, and none of it is the participants'", async () => {
  const { page, server } = app;
  const context = await page.context().browser().newContext({ serviceWorkers: 'block' });
  const fetched = new Set();
  try {
    const fresh = await context.newPage();
    fresh.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith(MOUNT)) fetched.add(path.slice(MOUNT.length));
    });
    await fresh.goto(`${server.url}trainer.html`);
    await waitForHeading(fresh, '研修で使う方へ');
    await fresh.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  const { gzip, brotli } = await sizes(fetched);
  console.log(`the trainer's page (${[...fetched].sort().join(', ')}): ${kb(gzip)} gzip, ${kb(brotli)} Brotli`);
  assert.ok([...fetched].some((n) => /^trainer-.+_bg\.wasm$/.test(n)), `the trainer's wasm: ${[...fetched]}`);
  assert.ok(![...fetched].some((n) => n.startsWith('cloud-check-')), `nothing of the participants' app: ${[...fetched]}`);
  assert.ok(gzip <= BUDGET.trainerGzip, `trainer's page ${kb(gzip)} gzip > budget ${kb(BUDGET.trainerGzip)}`);
  assert.ok(brotli <= BUDGET.trainerBrotli, `trainer's page ${kb(brotli)} Brotli > budget ${kb(BUDGET.trainerBrotli)}`);
});

test('every text file and the wasm have .br and .gz copies that decompress to the file itself (site.json, edited after the build, none)', async () => {
  const all = await readdir(DIST);
  assert.ok(all.includes('site.json') && !all.some((n) => n.startsWith('site.json.')), 'site.json without copies that an edit would leave stale');
  const names = all.filter((n) => !n.endsWith('.br') && !n.endsWith('.gz') && n !== 'site.json');
  const compressible = names.filter((n) => /\.(html|js|css|wasm|json|svg|webmanifest)$/.test(n));
  assert.ok(compressible.length >= 8, compressible.join(', '));
  for (const name of compressible) {
    const body = await readFile(join(DIST, name));
    assert.ok(brotliDecompressSync(await readFile(join(DIST, `${name}.br`))).equals(body), `${name}.br`);
    assert.ok(gunzipSync(await readFile(join(DIST, `${name}.gz`))).equals(body), `${name}.gz`);
  }
});
