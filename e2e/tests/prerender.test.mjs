// The start screen is in index.html (release builds prerender it), so it is read before the
// wasm arrives; without JavaScript the page offers the checklist itself instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keys, names } from '../lib/fixtures.mjs';
import { useApp, waitForHeading, watch } from '../lib/harness.mjs';

const app = useApp();
/** The prerendered start screen in index.html (its id from the app's boot rules). */
const PRERENDERED = `#${names().prerenderedId}`;

/** Opens `url` with the wasm held back; returns a function that lets it through. */
async function openHeld(page, url) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return release;
}

test('the start screen shows before the wasm arrives, and what is typed there is kept', async () => {
  const { page, server } = app;
  const release = await openHeld(page, server.url);
  // Readable while the wasm is still on its way.
  const heading = page.locator(`${PRERENDERED} .app h1`);
  assert.equal((await heading.textContent()).trim(), 'そのクラウドサービス、安全に使えていますか？');
  assert.ok(await heading.isVisible());
  assert.match(await page.textContent(`${PRERENDERED} .lead`), /15項目/);
  assert.equal(await page.isVisible('.prerender-loading'), false);
  assert.equal(await page.locator(`${PRERENDERED} a.button.primary`).getAttribute('href'), '#/items/1');
  assert.equal(server.requests.filter((r) => r.path.endsWith('_bg.wasm')).length, 0, 'the wasm was held back');
  // Someone starts typing the service's name before the app is up…
  await page.fill('#service-name', '会計ソフト');
  release();
  await waitForHeading(page, 'そのクラウドサービス');
  // …and carries on in the app's own field, with nothing lost and one screen on the page.
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.inputValue('#service-name'), '会計ソフト');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'service-name');
  assert.match(await page.textContent('.current-check'), /会計ソフト/);
  await page.keyboard.type('（本社）');
  assert.equal(await page.inputValue('#service-name'), '会計ソフト（本社）');
});

test('the app takes the place of the prerendered start screen without anything moving', async () => {
  const { page, server } = app;
  // Every visible element of the screen: its text, place and size.
  const layout = () => page.evaluate((prerendered) => {
    const root = document.querySelector(`${prerendered} > .app`) ?? document.querySelector('body > .app');
    return [...root.querySelectorAll('*')].filter((el) => el.checkVisibility() && el.getClientRects().length > 0).map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName} ${[r.x, r.y, r.width, r.height].map(Math.round).join(',')} ${el.textContent.trim().slice(0, 24)}`;
    });
  }, PRERENDERED);
  const release = await openHeld(page, server.url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const copy = await layout();
  assert.ok(copy.length > 20, `the copy shows the screen (${copy.length} elements)`);
  await page.evaluate(() => {
    window.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifted += entry.value;
    }).observe({ type: 'layout-shift' });
  });
  release();
  await waitForHeading(page, 'そのクラウドサービス');
  assert.deepEqual(await layout(), copy, 'the same elements in the same places');
  assert.equal(await page.evaluate(() => window.shifted), 0, 'no layout shift');
});

test('the app is fetched only after the start screen is on screen', async () => {
  const { page, server } = app;
  await page.goto(server.url);
  await waitForHeading(page, 'そのクラウドサービス');
  const { paint, wasm } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('_bg.wasm'))?.startTime,
  }));
  assert.ok(paint > 0 && wasm > 0, `paint ${paint}, wasm ${wasm}`);
  assert.ok(paint < wasm, `the wasm was requested at ${wasm} ms, before the first paint at ${paint} ms`);
  // Nothing but the page itself is needed for that paint: the style sheet is inline.
  const beforePaint = await page.evaluate((p) => performance.getEntriesByType('resource')
    .filter((r) => r.startTime < p).map((r) => r.name.split('/').pop()), paint);
  assert.deepEqual(beforePaint.filter((n) => !n.endsWith('.svg') && !n.endsWith('.webmanifest')), []);
});

test('a start link followed before the wasm arrives lands on that screen', async () => {
  const { page, server } = app;
  const release = await openHeld(page, server.url);
  await page.click(`${PRERENDERED} a.button.primary`);
  release();
  await waitForHeading(page, '1. どの業務で利用するか明確にする');
});

test('opened on another screen, a loading line stands in: the start screen never flashes', async () => {
  const { page, server } = app;
  const release = await openHeld(page, `${server.url}#/items/7`);
  assert.ok(await page.isVisible('.prerender-loading'));
  assert.match(await page.textContent('.prerender-loading'), /読み込み中… \/ Loading…/);
  assert.equal(await page.isVisible(`${PRERENDERED} .app h1`), false);
  release();
  await waitForHeading(page, '7. 管理担当者を定める');
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.isVisible('.prerender-loading'), false);
});

test('someone who chose English last time is not shown the Japanese start screen first', async () => {
  const { page: first, server } = app;
  // Service workers off: a cached wasm would bypass the held-back request.
  const context = await first.context().browser().newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    watch(app, page);
    await page.goto(server.url);
    await waitForHeading(page, 'そのクラウドサービス');
    await page.click('.lang-button');
    await waitForHeading(page, 'Are you using your cloud service safely?');
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"en"'), keys().settings);
    const release = await openHeld(page, server.url);
    assert.ok(await page.isVisible('.prerender-loading'));
    assert.equal(await page.isVisible(`${PRERENDERED} .app h1`), false);
    release();
    await waitForHeading(page, 'Are you using your cloud service safely?');
  } finally {
    await context.close();
  }
});

// The boot script reads the URL and the saved language by the app's own rules (printed by
// the prerender bin from src/boot.rs), so it cannot drift from what the app then shows.
for (const { name, path, saved, heading } of [
  { name: 'an invalid ?lang= falls back to the saved English', path: '?lang=fr', saved: true, heading: 'Are you using your cloud service safely?' },
  { name: 'an invalid ?ns= reads the default settings, where English is saved', path: '?ns=ABC', saved: true, heading: 'Are you using your cloud service safely?' },
  { name: 'an item link that is not an item opens the overview', path: '#/items/abc', saved: false, heading: 'チェック項目の一覧' },
  { name: 'a result-code link opens My checks', path: '#/code/CCHK1-0000', saved: false, heading: 'チェックの一覧' },
]) {
  test(`no flash of the wrong screen: ${name}`, async () => {
    const { page: first, server } = app;
    // Service workers off: a cached wasm would bypass the held-back request.
    const context = await first.context().browser().newContext({ serviceWorkers: 'block' });
    try {
      if (saved) {
        // Saved by an earlier visit (that page never starts the app, so it saves nothing else).
        const earlier = await context.newPage();
        await openHeld(earlier, server.url);
        await earlier.evaluate((key) => localStorage.setItem(key, '{"lang":"en"}'), keys().settings);
        await earlier.close();
      }
      const page = await context.newPage();
      watch(app, page);
      const release = await openHeld(page, server.url + path);
      assert.ok(await page.isVisible('.prerender-loading'), 'the loading line stands in');
      assert.equal(await page.isVisible(`${PRERENDERED} .app h1`), false, 'the Japanese start screen is not shown');
      release();
      await waitForHeading(page, heading);
    } finally {
      await context.close();
    }
  });
}

test('without JavaScript the page shows the checklist and says answering needs JavaScript', async () => {
  const { page, server } = app;
  const context = await page.context().browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  try {
    const bare = await context.newPage();
    await bare.goto(server.url);
    // The prerendered start screen's buttons would do nothing, so it is not shown.
    assert.equal(await bare.isVisible(PRERENDERED), false);
    assert.match(await bare.textContent('h1:visible'), /クラウドサービス安全利用/);
    assert.match(await bare.locator('.notice:visible:not(.no-script-other)').textContent(), /JavaScriptを有効に/);
    // IPA's 15 items, in three sections, with the questions, in Japanese on view…
    const titles = await bare.locator('.no-script-items:visible .item-title').allTextContents();
    assert.equal(titles.length, 15);
    assert.equal(titles[0], 'どの業務で利用するか明確にする');
    assert.equal(titles[14], 'データ保存先の地理的所在地を確認する');
    assert.equal(await bare.locator('.section-block:visible h2').count(), 3);
    assert.match(await bare.locator('.no-script-items:visible li').nth(8).textContent(), /パスワードなどの認証機能/);
    // …and a word for English readers (the list is not repeated in English: see prerender.rs).
    assert.match(await bare.locator('.no-script-other:visible').textContent(), /needs JavaScript/);
    assert.equal(await bare.getAttribute('.no-script-other', 'lang'), 'en');
    // The attribution is there too.
    assert.match(await bare.textContent('footer'), /IPA/);
    // No horizontal scrolling on a phone.
    assert.ok(await bare.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  } finally {
    await context.close();
  }
});
