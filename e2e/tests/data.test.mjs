// The user's data in a real browser: autosave across a reload, export, delete everything,
// import the export and get the same answers back; a broken file gets a clear message and
// changes nothing; a second tab sees a change made in the first.
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { useApp, waitForHeading, watch } from '../lib/harness.mjs';

const app = useApp();
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

async function answer(page, url, n, value, memo) {
  await page.goto(url + `#/items/${n}`);
  await waitForHeading(page, `${n}.`);
  await page.check(`input[value=${value}]`);
  if (memo) await page.fill('textarea[id^=memo-]', memo);
}

/** The answers the overview shows, as { itemNumber: statusText }. */
async function shownAnswers(page, url) {
  await page.goto(url + '#/items');
  await waitForHeading(page, 'チェック項目の一覧');
  return page.$$eval('.item-list a', (links) => Object.fromEntries(links.map((a) => [
    a.querySelector('.item-number').textContent, a.querySelector('.status').textContent])));
}

test('answers survive a reload, an export, deleting everything and importing the export', async () => {
  const { page, server } = app;
  await page.goto(server.url);
  await waitForHeading(page, '');
  await page.fill('#service-name', '会計ソフト');
  await answer(page, server.url, 3, 'partly', '顧客名簿あり');
  await answer(page, server.url, 9, 'unknown');
  await answer(page, server.url, 15, 'done');
  await page.waitForSelector('.saved');
  const before = await shownAnswers(page, server.url);
  assert.equal(before['3'], '一部のみ');

  await page.reload();
  assert.deepEqual(await shownAnswers(page, server.url), before, 'a reload resumes exactly');
  await page.goto(server.url + '#/items/3');
  await waitForHeading(page, '3.');
  assert.equal(await page.inputValue('textarea[id^=memo-]'), '顧客名簿あり');

  // Export this check as JSON.
  await page.goto(server.url + '#/checks');
  await waitForHeading(page, 'チェックの一覧');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.check-card.current button:has-text("JSONで書き出す")'),
  ]);
  assert.match(download.suggestedFilename(), /^cloud-check_会計ソフト_\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile(await download.path(), 'utf8');
  const json = JSON.parse(exported);
  assert.equal(json.format, 'ipa-cloud-check');
  assert.equal(json.assessments[0].answers['data-importance'].memo, '顧客名簿あり');
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, download.suggestedFilename());
  await writeFile(file, exported);

  // Delete all my data: two steps, then the list of what was removed.
  await page.click('button:has-text("この端末のデータをすべて削除")');
  await page.click('button:has-text("すべて削除する")');
  const notice = await page.textContent('.banner.notice');
  assert.match(notice, /ipa-cloud-check:v1:assessment:/);
  assert.match(notice, /ipa-cloud-check:v1:settings/);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ipa-cloud-check')).length), 0);
  await page.reload();
  const empty = await shownAnswers(page, server.url);
  assert.ok(Object.values(empty).every((s) => s === '未回答'), 'nothing is left');

  // Import the exported file: preview first, then the same answers come back.
  await page.goto(server.url + '#/checks');
  await waitForHeading(page, 'チェックの一覧');
  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('.preview');
  assert.match(await page.textContent('.preview'), /会計ソフト/);
  await page.click('button:has-text("新しいチェックとして取り込む")');
  await page.waitForSelector('.banner.notice');
  assert.match(await page.textContent('.banner.notice'), /1件のチェックを取り込みました/);
  assert.deepEqual(await shownAnswers(page, server.url), before, 'the same answers came back');
});

test('a broken file is refused with a clear message and changes nothing', async () => {
  const { page, server } = app;
  await answer(page, server.url, 1, 'done');
  await page.goto(server.url + '#/checks');
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
  await second.goto(server.url + '#/items/8');
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
  await page.goto(server.url + '#/results');
  await waitForHeading(page, '結果とアクションプラン');
  assert.equal(await page.evaluate(() => window.persistCalls), 0, 'not before anything is stored');
  assert.match(await page.textContent('.keep-copy'), /まだJSONで書き出していません/);
  await answer(page, server.url, 1, 'done');
  await answer(page, server.url, 2, 'partly');
  await page.waitForSelector('.saved');
  assert.equal(await page.evaluate(() => window.persistCalls), 1, 'asked once');

  await page.goto(server.url + '#/results');
  await waitForHeading(page, '結果とアクションプラン');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.keep-copy button')]);
  assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).assessments.length, 1);
  const today = new Date().toISOString().slice(0, 10);
  await page.reload();
  await waitForHeading(page, '結果とアクションプラン');
  assert.equal((await page.textContent('.keep-copy .last-export')).trim(), `最後にJSONで書き出した日：${today}`);
});
