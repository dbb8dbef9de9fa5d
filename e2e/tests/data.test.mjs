// The user's data where Playwright can see more than WebDriver: a broken file gets a clear
// message and changes nothing; a second tab sees a change made in the first; the browser is
// asked to keep the data. (Export, delete everything and import back run in every engine:
// e2e/engines/journeys.test.mjs.)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { useApp, waitForHeading, watch } from '../lib/harness.mjs';

const app = useApp();

async function answer(page, url, n, value, memo) {
  await page.goto(`${url}#/items/${n}`);
  await waitForHeading(page, `${n}.`);
  await page.check(`input[value=${value}]`);
  if (memo) await page.fill('textarea[id^=memo-]', memo);
}

/** The answers the overview shows, as { itemNumber: statusText }. */
async function shownAnswers(page, url) {
  await page.goto(`${url}#/items`);
  await waitForHeading(page, 'チェック項目の一覧');
  return page.$$eval('.item-list a', (links) => Object.fromEntries(links.map((a) => [
    a.querySelector('.item-number').textContent, a.querySelector('.status').textContent])));
}

test('a broken file is refused with a clear message and changes nothing', async () => {
  const { page, server } = app;
  await answer(page, server.url, 1, 'done');
  await page.goto(`${server.url}#/checks`);
  await waitForHeading(page, 'チェックの一覧');
  await page.setInputFiles('#import-file', {
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "ipa-cloud-check",\n  oops\n}'),
  });
  const error = await page.textContent('.import-error');
  assert.match(error, /broken\.json/);
  assert.match(error, /JSONとして読めません（3行目3文字目）/);
  await page.setInputFiles('#import-file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
  await page.waitForFunction(() => document.querySelector('.import-error')?.textContent.includes('photo.png'));
  assert.match(await page.textContent('.import-error'), /テキストではないファイル/);
  assert.equal(await page.locator('.check-card').count(), 1, 'nothing was added');
  const saved = await shownAnswers(page, server.url);
  assert.equal(saved['1'], '確認・対応済み');
});

test('a second tab sees a change made in the first', async () => {
  const { page, server, context } = app;
  await answer(page, server.url, 2, 'done');
  const second = await context.newPage();
  watch(app, second);
  await second.goto(`${server.url}#/items/8`);
  await waitForHeading(second, '8.');
  assert.equal(await second.textContent('.progress-text'), '回答済み1/15');

  await answer(page, server.url, 8, 'not_done', '退職者のアカウントが残っている');
  await second.waitForFunction(() => document.querySelector('.progress-text')?.textContent === '回答済み2/15');
  assert.equal(await second.$eval('input[type=radio]:checked', (el) => el.value), 'not_done');
  assert.equal(await second.inputValue('textarea[id^=memo-]'), '退職者のアカウントが残っている');

  // And back: a change in the second tab reaches the first, and nothing is lost.
  await second.check('input[value=partly]');
  await page.waitForFunction(() => document.querySelector('input[value=partly]')?.checked === true);
  await page.reload();
  await waitForHeading(page, '8.');
  assert.equal(await page.$eval('input[type=radio]:checked', (el) => el.value), 'partly');
  assert.equal(await page.textContent('.progress-text'), '回答済み2/15');
});

test('once a check is stored the browser is asked to keep it, and the last JSON export is remembered', async () => {
  const { page, server, context } = app;
  await context.addInitScript(() => {
    window.persistCalls = 0;
    if (navigator.storage) navigator.storage.persist = async () => { window.persistCalls += 1; return false; };
  });
  await page.goto(`${server.url}#/results`);
  await waitForHeading(page, '結果とアクションプラン');
  assert.equal(await page.evaluate(() => window.persistCalls), 0, 'not before anything is stored');
  assert.match(await page.textContent('.keep-copy'), /まだJSONで書き出していません/);
  await answer(page, server.url, 1, 'done');
  await answer(page, server.url, 2, 'partly');
  await page.waitForSelector('.saved');
  assert.equal(await page.evaluate(() => window.persistCalls), 1, 'asked once');

  await page.goto(`${server.url}#/results`);
  await waitForHeading(page, '結果とアクションプラン');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.keep-copy button')]);
  assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).assessments.length, 1);
  const today = new Date().toISOString().slice(0, 10);
  await page.reload();
  await waitForHeading(page, '結果とアクションプラン');
  assert.equal((await page.textContent('.keep-copy .last-export')).trim(), `最後にJSONで書き出した日：${today}`);
});
