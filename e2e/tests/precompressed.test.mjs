// A host that sends the build's precompressed copies as they are (nginx brotli_static and
// gzip_static, Caddy's precompressed): the browser gets Brotli, the wasm passes its
// integrity check, and the app starts, saves and installs its offline copy as usual.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp, waitForHeading } from '../lib/harness.mjs';

const app = useApp({ server: { precompressed: true } });

test('served from precompressed Brotli copies, the app starts, saves and goes offline-ready', async () => {
  const { page, server } = app;
  const encodings = {};
  page.on('response', async (response) => {
    const name = new URL(response.url()).pathname.split('/').pop() || 'index.html';
    encodings[name] = (await response.allHeaders())['content-encoding'] ?? 'none';
  });
  await page.goto(`${server.url}#/items/1`);
  await waitForHeading(page, '1.');
  await page.check('input[value=done]');
  await page.waitForSelector('.saved');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const wasm = Object.keys(encodings).find((n) => n.endsWith('_bg.wasm'));
  const glue = Object.keys(encodings).find((n) => /^cloud-check-[0-9a-f]+\.js$/.test(n));
  assert.equal(encodings['index.html'], 'br');
  assert.equal(encodings[wasm], 'br', 'the wasm came as Brotli and passed its integrity check');
  assert.equal(encodings[glue], 'br');
});
