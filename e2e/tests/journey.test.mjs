// The user journeys of the checklist, in real headless Chromium against the release build
// served from /sub/app/: what a first-time visitor sees, answering all 15 items with the
// keyboard alone, deep links, and the remembered language.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { tabUntil, useApp, waitForHeading } from '../lib/harness.mjs';

const app = useApp();
const ANSWER_KEYS = ['done', 'partly', 'not_done', 'unknown', 'not_applicable'];
// 該当しない is offered by items 2 and 13 only (the others could only shrink the maximum).
const CHOICES = (n) => (n === 2 || n === 13 ? 5 : 4);
// Every answer is used: 該当しない on the two items that offer it, the other four in turn.
const EXPECTED = Array.from({ length: 15 }, (_, i) => (CHOICES(i + 1) === 5 ? 'not_applicable' : ANSWER_KEYS[(i + 1) % 4]));

test('a first visit from a sub-path shows the Japanese start screen', async () => {
  const { page, server } = app;
  await page.goto(server.url);
  await waitForHeading(page, 'そのクラウドサービス、安全に使えていますか？');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.equal(await page.title(), 'クラウドサービス安全利用 セルフチェック');
  const body = await page.textContent('body');
  assert.match(body, /所要時間：約10分/);
  assert.match(body, /中小企業のためのクラウドサービス安全利用の手引き/);
  assert.ok(server.requests.some((r) => r.path.endsWith('.wasm')), 'the wasm came from the sub-path');
});

test('all 15 items can be answered with the keyboard alone, and progress reaches 15/15', async () => {
  const { page, server } = app;
  await page.goto(server.url);
  await waitForHeading(page, 'そのクラウドサービス');
  // From the start screen: Tab to the start button and press Enter.
  await tabUntil(page, () => document.activeElement?.classList.contains('primary'));
  await page.keyboard.press('Enter');

  for (let n = 1; n <= 15; n++) {
    await waitForHeading(page, `${n}.`);
    // Navigation put focus on the heading: the radio group is the next stop.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'screen-heading');
    await tabUntil(page, () => document.activeElement?.type === 'radio');
    await page.keyboard.press('Space'); // checks the first choice
    assert.equal(await page.locator('input[type=radio]').count(), CHOICES(n), `item ${n} choices`);
    for (let k = 0; k < ANSWER_KEYS.indexOf(EXPECTED[n - 1]); k++) await page.keyboard.press('ArrowDown'); // moves and checks
    const checked = await page.$eval('input[type=radio]:checked', (el) => el.value);
    assert.equal(checked, EXPECTED[n - 1], `item ${n}`);
    await page.waitForFunction((n) => document.querySelector('.progress-text')?.textContent === `回答済み${n}/15`, n);
    await tabUntil(page, () => {
      const el = document.activeElement;
      return el?.getAttribute('rel') === 'next' || (el?.classList.contains('primary') && el.getAttribute('href') === '#/results');
    });
    await page.keyboard.press('Enter');
  }

  await waitForHeading(page, '結果とアクションプラン');
  assert.equal(await page.textContent('.progress-text'), '回答済み15/15');
  await page.goto(server.url + '#/items');
  await waitForHeading(page, 'チェック項目の一覧');
  // The overview shows each answer given, as many times as it was chosen.
  for (const key of ANSWER_KEYS) {
    const times = EXPECTED.filter((k) => k === key).length;
    assert.ok(times > 0, `${key} was used`);
    assert.equal(await page.locator(`.item-list .status.answered.${key}`).count(), times, key);
  }
  assert.equal(await page.locator('.item-list .status:not(.answered)').count(), 0);
});

test('an item has a deep link that survives a reload, and back goes back', async () => {
  const { page, server } = app;
  await page.goto(server.url + '#/items/7');
  await waitForHeading(page, '7. 管理担当者を定める');
  await page.reload();
  await waitForHeading(page, '7. 管理担当者を定める');
  await page.click('a[rel=next]');
  await waitForHeading(page, '8. 利用者の範囲を決める');
  assert.ok(page.url().endsWith('#/items/8'));
  await page.goBack();
  await waitForHeading(page, '7. 管理担当者を定める');
});

test('the explanation opens with official links that open safely in a new tab', async () => {
  const { page, server } = app;
  await page.goto(server.url + '#/items/9');
  await waitForHeading(page, '9.');
  await page.click('.explanation summary');
  const text = await page.textContent('.explanation');
  assert.match(text, /多要素認証/);
  assert.match(text, /定期的な変更はしなくてよい/);
  const links = await page.$$eval('.explanation a', (as) => as.map((a) => [a.href, a.target, a.rel]));
  assert.ok(links.length >= 2);
  for (const [href, target, rel] of links) {
    assert.match(href, /^https:\/\//);
    assert.equal(target, '_blank');
    assert.equal(rel, 'noopener noreferrer');
  }
});

test('English can be chosen and is remembered after a reload', async () => {
  const { page, server } = app;
  await page.goto(server.url + '#/items/4');
  await waitForHeading(page, '4.');
  await page.click('.lang-button');
  await waitForHeading(page, '4. Make sure cloud use does not conflict');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.reload();
  await waitForHeading(page, '4. Make sure cloud use does not conflict');
  assert.match(await page.textContent('body'), /IPA's original wording/);
  await page.click('.lang-button');
  await waitForHeading(page, '4. セキュリティのルールと矛盾しないようにする');
});

test('the rest of the journey works by keyboard too: explanation, results, export, import', async () => {
  const { page, server } = app;
  const focused = (sel) => page.evaluate((s) => document.activeElement?.matches(s), sel);
  await page.goto(server.url + '#/items/9');
  await waitForHeading(page, '9.');
  await tabUntil(page, () => document.activeElement?.type === 'radio');
  await page.keyboard.press('Space');
  // The explanation opens with Enter on its summary.
  await tabUntil(page, () => document.activeElement?.tagName === 'SUMMARY');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('.explanation', 'open'), '');
  // On a fresh load the skip link is the first stop and moves focus to the main content.
  await page.reload();
  await waitForHeading(page, '9.');
  await page.keyboard.press('Tab');
  assert.ok(await focused('.skip-link'), 'the skip link comes first');
  await page.keyboard.press('Enter');
  assert.ok(await focused('main'), 'skip link moves focus to main');
  assert.ok(page.url().endsWith('#/items/9'), 'and keeps the route');

  // To "My checks" through the header link, then export with Enter.
  await tabUntil(page, () => document.activeElement?.getAttribute('href') === '#/checks', null, 60, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'チェックの一覧');
  await tabUntil(page, () => document.activeElement?.textContent === 'JSONで書き出す');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const exported = await readFile(await download.path());

  // Import it back: the file field takes Space, the preview's button takes Enter.
  await tabUntil(page, () => document.activeElement?.id === 'import-file');
  const outline = await page.$eval('.file-button', (el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'solid', 'the focus ring shows on the visible button');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles({ name: 'export.json', mimeType: 'application/json', buffer: exported });
  await page.waitForSelector('.preview');
  await tabUntil(page, () => document.activeElement?.textContent === '新しいチェックとして取り込む');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.banner.notice');
  assert.equal(await page.locator('.check-card').count(), 2);
  assert.match(await page.textContent('.progress-text'), /回答済み1\/15/);
});
