// Releases and rollbacks behind real caching: a portal deploys the next build over the one a
// visitor has (the old hashed files removed from the server), then rolls back. The page is
// served like a static host serves it (Last-Modified with no Cache-Control, so browsers
// cache it heuristically; or a max-age): the "new version" notice must lead to an app that
// starts, with the visitor's answers, every time.
import assert from 'node:assert/strict';
import { readdir, rm } from 'node:fs/promises';
import { after, test } from 'node:test';
import { useApp, waitForHeading } from '../lib/harness.mjs';
import { nextRelease } from '../lib/redeploy.mjs';

const DIST = process.env.DIST_DIR;
const A_WEEK_AGO = new Date(Date.now() - 7 * 86400e3).toUTCString();

// The page's caching headers, per scenario; the hashed files get none.
let pageHeaders = {};
const app = useApp({
  server: { headers: (path) => (path === '' || path === 'index.html' ? pageHeaders : {}) },
});
const releases = [];
after(() => Promise.all(releases.map((dir) => rm(dir, { recursive: true, force: true }))));

const glueOf = async (build) => (await readdir(build)).find((f) => /^cloud-check-[0-9a-f]+\.js$/.test(f));
const ITEM = '10. バックアップに責任を持つ';

/** Deploys `build`, lets the page's service worker find it, and follows the notice. */
async function deploy(page, server, build) {
  server.deploy(build);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  // The new version takes over and says so; its button reloads into it.
  await page.locator('.banner.notice button.primary').waitFor({ timeout: 15000 });
  await page.click('.banner.notice button.primary');
  await waitForHeading(page, ITEM);
  // It is that build's page that runs, not a stale copy naming files that are gone.
  const boot = await page.evaluate(() => [...document.scripts].map((s) => s.textContent).join('\n'));
  assert.ok(boot.includes(await glueOf(build)), 'the page is the deployed build');
}

for (const [name, headers] of [
  ['Last-Modified and no Cache-Control', { 'last-modified': A_WEEK_AGO }],
  ['a max-age of an hour', { 'cache-control': 'max-age=3600', 'last-modified': A_WEEK_AGO }],
]) {
  test(`a new release, then a rollback, each start with the answers kept (${name})`, async () => {
    const { page, server } = app;
    pageHeaders = headers;
    server.deploy(DIST);
    const second = await nextRelease(DIST, releases.length + 2);
    releases.push(second);
    await page.goto(`${server.url}#/items/10`);
    await waitForHeading(page, ITEM);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A later visit: the page now runs under the offline copy, which a release replaces.
    await page.reload();
    await waitForHeading(page, ITEM);
    await page.check('input[value=partly]');
    await page.waitForFunction(() => document.querySelector('.progress-text')?.textContent === '回答済み1/15');

    // The next release: the first build's hashed files are gone from the server.
    await deploy(page, server, second);
    assert.equal(await page.isChecked('input[value=partly]'), true, 'the answer survived the update');
    await page.check('input[value=done]');
    await page.waitForFunction(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.includes(':assessment:')))?.includes('"done"'));

    // A rollback to the first build: the same again.
    await deploy(page, server, DIST);
    assert.equal(await page.isChecked('input[value=done]'), true, 'the answer survived the rollback');
    await page.reload();
    await waitForHeading(page, ITEM);
  });
}
