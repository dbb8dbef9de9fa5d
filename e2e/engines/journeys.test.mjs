// The journeys that matter, in the engine named by ENGINE (Chromium, Firefox or WebKit),
// against the release build served from /sub/app/: a first visit, all 15 items by keyboard
// alone, resuming after a reload, the results' numbers, JSON and CSV export (the files'
// contents), import with its preview, and deleting everything.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  By, ENGINE, Key, button, click, downloaded, press, tabUntil, text, useEngine, waitForHeading, waitInPage,
} from './lib/harness.mjs';

const app = useEngine();
const ANSWER_KEYS = ['done', 'partly', 'not_done', 'unknown', 'not_applicable'];
// The pattern of e2e/tests/results.test.mjs, worked out by hand in tests/score.rs:
// I 9/20 → 45 %, II 9/16 → 56 %, III 20/20 → 100 %, overall 38/56 → 68 %.
const MIXED = ['done', 'not_applicable', 'not_done', 'unknown', 'partly', 'done',
  'done', 'done', 'partly', 'unknown', 'done', 'done', 'done', 'done', 'done'];
const SCORES = [
  ['9点 / 20点', '45%', '6/6'],
  ['9点 / 16点', '56%', '4/4'],
  ['20点 / 20点', '100%', '5/5'],
  ['38点 / 56点', '68%', '15/15'],
];

async function scoreRows(driver) {
  return driver.executeScript(`return [...document.querySelectorAll('.score-table tbody tr')]
    .map((tr) => [...tr.children].slice(1).map((c) => c.textContent.trim()));`);
}

async function answer(driver, url, n, value) {
  await driver.get(`${url}#/items/${n}`);
  await waitForHeading(driver, `${n}.`);
  await click(driver, `input[value=${value}]`);
  await waitInPage(driver, 'return document.querySelector(arguments[0])?.checked', [`input[value=${value}]`]);
}

test(`${ENGINE}: a first visit from a sub-path shows the Japanese start screen`, async () => {
  const { driver, server } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス、安全に使えていますか？');
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'ja');
  assert.equal(await driver.getTitle(), 'クラウドサービス安全利用 セルフチェック');
  assert.match(await text(driver, 'body'), /所要時間：約10分/);
  assert.ok(server.requests.some((r) => r.path.startsWith('/sub/app/') && r.path.endsWith('.wasm')), 'the wasm came from the sub-path');
});

test(`${ENGINE}: all 15 items by keyboard alone, the results' numbers, and both survive a reload`, async () => {
  const { driver, server } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス');
  await tabUntil(driver, (el) => el?.classList.contains('primary'));
  await press(driver, Key.ENTER);

  for (let n = 1; n <= 15; n++) {
    await waitForHeading(driver, `${n}.`);
    assert.equal(await driver.executeScript('return document.activeElement?.id'), 'screen-heading', `item ${n}: focus on the heading`);
    await tabUntil(driver, (el) => el?.type === 'radio');
    await press(driver, Key.SPACE); // checks the first choice
    const steps = ANSWER_KEYS.indexOf(MIXED[n - 1]);
    for (let k = 0; k < steps; k++) await press(driver, Key.ARROW_DOWN); // moves and checks
    assert.equal(await driver.executeScript("return document.querySelector('input[type=radio]:checked')?.value"), MIXED[n - 1], `item ${n}`);
    await waitInPage(driver, "return document.querySelector('.progress-text')?.textContent === arguments[0]", [`回答済み${n}/15`]);
    await tabUntil(driver, (el) => el?.getAttribute('rel') === 'next'
      || (el?.classList.contains('primary') && el.getAttribute('href') === '#/results'));
    await press(driver, Key.ENTER);
  }

  await waitForHeading(driver, '結果とアクションプラン');
  assert.deepEqual(await scoreRows(driver), SCORES);
  assert.equal(await text(driver, '.overall-percent'), '68%');

  await driver.navigate().refresh();
  await waitForHeading(driver, '結果とアクションプラン');
  assert.deepEqual(await scoreRows(driver), SCORES, 'the same numbers after a reload');
  assert.equal(await text(driver, '.progress-text'), '回答済み15/15');
});

test(`${ENGINE}: JSON and CSV exports hold the answers; the JSON imports back after a preview`, async () => {
  const { driver, server, downloads } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス');
  const name = await driver.findElement(By.css('#service-name'));
  await name.sendKeys('会計ソフト');
  await answer(driver, server.url, 3, 'partly');
  await answer(driver, server.url, 9, 'unknown');

  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');
  await button(driver, 'JSONで書き出す', '.check-card.current');
  const json = await downloaded(downloads, /^cloud-check_会計ソフト_\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(json.text);
  assert.equal(parsed.format, 'ipa-cloud-check');
  assert.equal(parsed.assessments[0].service_name, '会計ソフト');
  assert.equal(parsed.assessments[0].answers['data-importance'].answer, 'partly');

  await button(driver, 'CSVで書き出す', '.check-card.current');
  const csv = await downloaded(downloads, /^cloud-check_会計ソフト_\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(csv.text.startsWith('\u{feff}'), 'a byte order mark for Excel');
  // Every cell is quoted and none of these holds a quote: split on the separators.
  const rows = csv.text.slice(1).trim().split('\r\n').map((row) => row.slice(1, -1).split('","'));
  assert.equal(rows.length, 16, 'a header and 15 items');
  assert.deepEqual(rows[3].slice(0, 3).concat(rows[3].slice(4, 6)), ['会計ソフト', '3', 'data-importance', 'partly', '一部のみ']);
  assert.deepEqual(rows[9].slice(4, 6), ['unknown', 'わからない']);
  assert.deepEqual(rows[1].slice(4, 6), ['', ''], 'an unanswered item is empty');

  // Import the JSON file back: the preview names it, then a second check appears.
  const file = join(tmpdir(), `cloud-check-import-${ENGINE}.json`);
  await writeFile(file, json.text);
  await driver.findElement(By.css('#import-file')).sendKeys(file);
  assert.match(await text(driver, '.preview'), /会計ソフト/);
  await button(driver, '新しいチェックとして取り込む');
  assert.match(await text(driver, '.banner.notice'), /1件のチェックを取り込みました/);
  assert.equal((await driver.findElements(By.css('.check-card'))).length, 2);
});

test(`${ENGINE}: deleting everything removes every key this app stored, after a confirmation`, async () => {
  const { driver, server } = app;
  await answer(driver, server.url, 1, 'done');
  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');
  await button(driver, 'この端末のデータをすべて削除');
  await button(driver, 'すべて削除する');
  assert.match(await text(driver, '.banner.notice'), /ipa-cloud-check:v1:assessment:/);
  assert.equal(await driver.executeScript("return Object.keys(localStorage).filter((k) => k.startsWith('ipa-cloud-check')).length"), 0);
  await driver.navigate().refresh();
  await waitForHeading(driver, 'チェックの一覧');
  await driver.get(`${server.url}#/items/1`);
  await waitForHeading(driver, '1.');
  assert.equal(await text(driver, '.progress-text'), '回答済み0/15');
});
