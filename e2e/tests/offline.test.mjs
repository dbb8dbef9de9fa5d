// Offline: after one visit the app works with the network off (the service worker serves
// this build's files), and it is installable (a manifest with icons).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp, waitForHeading } from '../lib/harness.mjs';

const app = useApp();

test('after one visit, the app reloads and works with the network off', async () => {
  const { page, server, context } = app;
  await page.goto(server.url);
  await waitForHeading(page, '');
  // Wait until the service worker has cached the build and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  const before = server.requests.length;
  await page.goto(server.url + '#/items/10');
  await page.reload();
  await waitForHeading(page, '10. バックアップに責任を持つ');
  await page.check('input[value=done]');
  await page.waitForFunction(() => document.querySelector('.progress-text')?.textContent === '回答済み1/15');
  assert.equal(server.requests.length, before, 'nothing reached the server while offline');
  await context.setOffline(false);
});

test('the app is installable: a manifest with name, start URL and icons from its own folder', async () => {
  const { page, server } = app;
  await page.goto(server.url);
  await waitForHeading(page, '');
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel=manifest]').href;
    return { href, body: await (await fetch(href)).json() };
  });
  assert.ok(manifest.href.startsWith(server.url), manifest.href);
  assert.equal(manifest.body.start_url, './');
  assert.equal(manifest.body.display, 'standalone');
  const sizes = manifest.body.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  for (const icon of manifest.body.icons) {
    const ok = await page.evaluate(async (src) => (await fetch(src)).ok, new URL(icon.src, manifest.href).href);
    assert.ok(ok, icon.src);
  }
});
