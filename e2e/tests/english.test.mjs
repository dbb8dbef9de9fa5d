// The English is a file of its own (src/content/english.rs): a Japanese reader never
// downloads it; someone who switches to English gets it once, before the screen changes;
// offline, the service worker has it; and where it cannot be had, the app stays in Japanese,
// says so in both languages, and loses nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp, waitForHeading, watch } from '../lib/harness.mjs';

const app = useApp();

const ITEM1 = { ja: '1. どの業務で利用するか明確にする', en: '1. Be clear about which business tasks will use the cloud' };
const english = (requests) => requests.filter((r) => /\/content-en-[0-9a-f]{16}\.json$/.test(r.path));

/** A page of its own with the service worker off, so every fetch reaches the server. */
async function withoutOffline(run) {
  const context = await app.page.context().browser().newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    watch(app, page);
    await run(page);
  } finally {
    await context.close();
  }
}

test('a Japanese reader downloads no English; switching fetches it once, back and forth twice', async () => {
  await withoutOffline(async (page) => {
    const { server } = app;
    await page.goto(`${server.url}#/items/1`);
    await waitForHeading(page, ITEM1.ja);
    await page.check('input[value=partly]');
    await page.waitForLoadState('networkidle');
    assert.equal(english(server.requests).length, 0, 'no English in a Japanese reader’s downloads');

    for (const round of [1, 2]) {
      await page.click('.lang-button');
      await waitForHeading(page, ITEM1.en);
      assert.equal(await page.isChecked('input[value=partly]'), true, `round ${round}: the answer is still shown`);
      await page.click('.lang-button');
      await waitForHeading(page, ITEM1.ja);
    }
    assert.equal(english(server.requests).length, 1, 'the English file, fetched once');
    assert.equal(await page.locator('.banner').count(), 0, 'no notice when all went well');
  });
});

test('opened in English, the items are in English from the first screen', async () => {
  await withoutOffline(async (page) => {
    await page.goto(`${app.server.url}?lang=en#/items/1`);
    await waitForHeading(page, ITEM1.en);
    assert.match(await page.textContent('main'), /Have you decided what work you will do on the cloud service/);
  });
});

test('offline after one visit, English still arrives from the offline copy', async () => {
  const { page, server, context } = app;
  await page.goto(`${server.url}#/items/1`);
  await waitForHeading(page, ITEM1.ja);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Installed: the offline copy took the English in with everything else, in the background.
  assert.equal(english(server.requests).length, 1, 'precached by the service worker');
  await context.setOffline(true);
  await page.reload();
  await waitForHeading(page, ITEM1.ja);
  await page.click('.lang-button');
  await waitForHeading(page, ITEM1.en);
  assert.equal(english(server.requests).length, 1, 'nothing more reached the server');
});

test('where the English cannot be had, the app stays in Japanese, says why in both languages, and keeps the answers', async () => {
  await withoutOffline(async (page) => {
    const { server } = app;
    await page.route('**/content-en-*.json', (route) => route.abort());
    await page.goto(`${server.url}#/items/1`);
    await waitForHeading(page, ITEM1.ja);
    await page.check('input[value=done]');
    await page.click('.lang-button');
    const banner = page.locator('.banner.notice');
    await banner.waitFor();
    assert.match(await banner.textContent(), /英語版の文面を読み込めなかったため/);
    assert.match(await banner.locator('p[lang=en]').textContent(), /The English version could not be loaded/);
    assert.equal((await page.textContent('.lang-button')).trim(), 'English', 'still Japanese, English still offered');
    assert.equal((await page.textContent('h1')).trim(), ITEM1.ja);
    assert.equal(await page.isChecked('input[value=done]'), true, 'the answer is kept');
    // Online again (the file served): the same button now works, with no reload.
    await page.unroute('**/content-en-*.json');
    await page.click('.lang-button');
    await waitForHeading(page, ITEM1.en);
    assert.equal(await page.isChecked('input[value=done]'), true);

    // Opened in English while the file cannot be had: it starts in Japanese and says why.
    await page.route('**/content-en-*.json', (route) => route.abort());
    await page.goto('about:blank');
    await page.goto(`${server.url}?lang=en#/items/1`);
    await waitForHeading(page, ITEM1.ja);
    assert.match(await page.textContent('.banner.notice'), /The English version could not be loaded/);
    assert.equal(await page.isChecked('input[value=done]'), true, 'the answer survived');
  });
  // The aborted fetches are reported by the browser itself; nothing else may be.
  app.problems = app.problems.filter((p) => !/content-en-|Failed to load resource/.test(p));
});
