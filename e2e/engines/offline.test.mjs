// Offline after one visit, in the engine named by ENGINE: the service worker serves this
// build's files (the parts of the wasm too), so the app reloads and keeps working when the
// network is gone (WebDriver
// cannot take a browser offline, so the server drops every connection instead); and the app
// can be installed (a manifest with icons from its own folder).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENGINE, MOUNT, click, useEngine, waitForHeading, waitInPage } from './lib/harness.mjs';

// A host that sends `index.html` to the folder's address, as many do: the worker must not
// keep the redirected answer, which a browser refuses to show for a page.
const app = useEngine({ extra: { [`${MOUNT}index.html`]: { status: 301, type: 'text/plain', headers: { location: './' }, body: '' } } });

test(`${ENGINE}: after one visit, the app opens again and works with the network gone`, async () => {
  const { driver, server } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス');
  assert.equal(await driver.executeScript(() => 'serviceWorker' in navigator), true, 'service workers are available');
  // Until the worker has cached the build and controls the page.
  await waitInPage(driver, () => navigator.serviceWorker.controller !== null, [], 'a controlling service worker');

  server.setOffline(true);
  try {
    // Opened again later (a new navigation: Firefox's WebDriver reload skips the worker).
    await driver.get('about:blank');
    await driver.get(`${server.url}#/items/10`);
    await waitForHeading(driver, '10. バックアップに責任を持つ');
    await click(driver, 'input[value=done]');
    await waitInPage(driver, () => document.querySelector('.progress-text')?.textContent === '回答済み1/15');
    // The page by its file name, which the host redirects: from the offline copy too.
    await driver.get(`${server.url}index.html#/items/9`);
    await waitForHeading(driver, '9. ');
    // The screens after the answers, each in a part of the app fetched after the first
    // screen (src/ui/parts.rs): from the offline copy too, the results with the answer given
    // offline, then "My checks".
    await driver.get(`${server.url}index.html#/results`);
    await waitForHeading(driver, '結果とアクションプラン');
    await waitInPage(driver, () => document.querySelectorAll('.answers-table td.status.done').length === 1, [], 'the results with the answer given offline');
    await driver.get(`${server.url}index.html#/checks`);
    await waitForHeading(driver, 'チェックの一覧');
  } finally {
    server.setOffline(false);
  }
  // Only the browser's own update check for the worker, and the site's details (asked of
  // the server first, as the web manager edits them; then the offline copy), may have tried
  // the network.
  const tried = server.requests.filter((r) => r.offline && !['sw.js', 'site.json'].includes(r.path.split('/').pop() ?? '')).map((r) => r.path);
  assert.deepEqual(tried, [], 'everything else came from the offline copy');
  // The offline copy did not make the participant download the trainer's page.
  assert.deepEqual(server.requests.filter((r) => r.path.includes('/trainer')).map((r) => r.path), []);
});

test(`${ENGINE}: the trainer's page, opened once, works with the network gone too`, async () => {
  const { driver, server } = app;
  await driver.get(`${server.url}trainer.html`);
  await waitForHeading(driver, '研修で使う方へ');
  await waitInPage(driver, () => navigator.serviceWorker.controller !== null, [], 'a controlling service worker');
  server.setOffline(true);
  try {
    await driver.get('about:blank');
    await driver.get(`${server.url}trainer.html#/class`);
    await waitForHeading(driver, '研修の集計');
  } finally {
    server.setOffline(false);
  }
});

test(`${ENGINE}: the app is installable: a manifest with name, start URL and icons from its own folder`, async () => {
  const { driver, server } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス');
  const manifest = await driver.executeAsyncScript((done) => {
    (async () => {
      const href = document.querySelector('link[rel=manifest]').href;
      const body = await (await fetch(href)).json();
      const icons = await Promise.all(body.icons.map(async (i) => [i.sizes, (await fetch(new URL(i.src, href))).ok]));
      return { href, start: body.start_url, display: body.display, icons };
    })().then(done, (e) => done(String(e)));
  });
  assert.ok(manifest.href.startsWith(server.url), JSON.stringify(manifest));
  assert.equal(manifest.start, './');
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map(([size]) => size);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), sizes.join(', '));
  assert.ok(manifest.icons.every(([, ok]) => ok), 'every icon is there');
});
