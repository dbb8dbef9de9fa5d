// The size gate (bytes are deterministic, so this is no timed test): what a participant's
// browser downloads to open the tool must stay within the budget this project reached, so
// that size cannot creep back unnoticed. The first load is what Chromium fetches opening
// index.html until the app is up (service worker blocked: its background precache comes
// after), each file counted as scripts/bench.sh counts it: what a host that sends the
// build's precompressed copies sends (gzip_static, brotli_static): the .gz copy (written by
// Zopfli) and the .br copy, or the file itself where it has none (images). The trainer's page is not in it. Also: every precompressed copy decompresses
// to exactly its file.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BUDGET } from '../lib/budget.mjs';
import { MOUNT, useApp, waitForHeading } from '../lib/harness.mjs';

const DIST = process.env.DIST_DIR;
const KB = 1024;

const app = useApp();

test('what a participant downloads to open the tool stays within the size budget', async () => {
  const { page, server } = app;
  const context = await page.context().browser().newContext({ serviceWorkers: 'block' });
  const fetched = new Set();
  try {
    const fresh = await context.newPage();
    fresh.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith(MOUNT)) fetched.add(path.slice(MOUNT.length) || 'index.html');
    });
    await fresh.goto(server.url);
    await waitForHeading(fresh, 'そのクラウドサービス');
    await fresh.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  let gzip = 0;
  let brotli = 0;
  const sent = async (name, ext) => (await readFile(join(DIST, `${name}${ext}`)).catch(() => readFile(join(DIST, name)))).length;
  for (const name of fetched) {
    gzip += await sent(name, '.gz');
    brotli += await sent(name, '.br');
  }
  const wasm = [...fetched].find((n) => n.endsWith('_bg.wasm'));
  assert.match(wasm ?? '', /^cloud-check-/, 'the participants\' wasm is in the first load');
  assert.ok(![...fetched].some((n) => n.startsWith('trainer')), `nothing of the trainer's page: ${[...fetched]}`);
  assert.ok(![...fetched].some((n) => n.startsWith('content-en-')), `no English for a Japanese reader: ${[...fetched]}`);
  const wasmGzip = await sent(wasm, '.gz');
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(`first load (${[...fetched].sort().join(', ')}): ${kb(gzip)} gzip, ${kb(brotli)} Brotli; wasm ${kb(wasmGzip)} gzip`);
  assert.ok(gzip <= BUDGET.firstLoadGzip, `first load ${kb(gzip)} gzip > budget ${kb(BUDGET.firstLoadGzip)}`);
  assert.ok(brotli <= BUDGET.firstLoadBrotli, `first load ${kb(brotli)} Brotli > budget ${kb(BUDGET.firstLoadBrotli)}`);
  assert.ok(wasmGzip <= BUDGET.wasmGzip, `wasm ${kb(wasmGzip)} gzip > budget ${kb(BUDGET.wasmGzip)}`);
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
