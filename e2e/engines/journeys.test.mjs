// The participants' journeys, in the engine named by ENGINE (Chromium, Firefox or WebKit),
// against the release build served from /sub/app/: a first visit, all 15 items by keyboard
// alone, resuming after a reload, the results' numbers, an item's deep link and the back
// button, the explanation's official links, English remembered, JSON and CSV export (the
// files' contents), import with its preview, deleting everything, and checking a second
// service from the start screen without renaming the first. This is the one
// catalogue of journeys: each runs once in each engine, and the Playwright layer (e2e/tests)
// keeps only what WebDriver cannot do.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ANSWER_KEYS, exportFile, ITEM_IDS, keys, MIXED, MIXED_PERCENT, OFFER_NOT_APPLICABLE, MIXED_SCORES as SCORES } from '../lib/fixtures.mjs';
import {
  By, CHECKED, ENGINE, Key, button, click, downloaded, press, tabUntil, text, textIn, useEngine, valueIn, waitForHeading,
  waitInPage, waitUntilEquals, walkItems,
} from './lib/harness.mjs';

// A page of the same site without the app, to set storage up before the app runs.
const BLANK = '/site/blank.html';
const app = useEngine({
  extra: { [BLANK]: { type: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Site</title></head><body></body></html>' } },
});
const ITEMS = ITEM_IDS.length;
// Every answer but 該当しない, which only some items offer.
const CHOICES = (n) => ANSWER_KEYS.length - (OFFER_NOT_APPLICABLE.includes(n) ? 0 : 1);

async function scoreRows(driver) {
  return driver.executeScript(() => [...document.querySelectorAll('.score-table tbody tr')]
    .map((tr) => [...tr.children].slice(1).map((c) => c.textContent.trim())));
}

/** What has the focus: its tag and the start of its text ("body" when nothing has it). */
async function focused(driver) {
  return driver.executeScript(() => {
    const a = document.activeElement;
    return !a || a === document.body ? 'body' : `${a.tagName.toLowerCase()}: ${a.textContent.trim().slice(0, 40)}`;
  });
}

/** A page script for tabUntil: whether the focus is on the control reading `label` (inside `within`). */
const isFocused = (label, within = 'body') =>
  `const a = document.activeElement; return !!a?.closest(${JSON.stringify(within)}) && a.textContent.trim() === ${JSON.stringify(label)};`;

/** Tabs to the control reading `label` (inside `within`) and presses Enter, as a keyboard user does. */
async function byKeys(driver, label, within = 'body') {
  await tabUntil(driver, isFocused(label, within), { limit: 80 });
  await press(driver, Key.ENTER);
}

async function answer(driver, url, n, value) {
  await driver.get(`${url}#/items/${n}`);
  await waitForHeading(driver, `${n}.`);
  await click(driver, `input[value=${value}]`);
  await waitUntilEquals(driver, valueIn, [null, CHECKED], value);
}

test(`${ENGINE}: a first visit from a sub-path shows the Japanese start screen`, async () => {
  const { driver, server } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス、安全に使えていますか？');
  assert.equal(await driver.executeScript(() => document.documentElement.lang), 'ja');
  assert.equal(await driver.getTitle(), 'クラウドサービス安全利用 セルフチェック');
  assert.match(await text(driver, 'body'), /所要時間：約10分/);
  assert.ok(server.requests.some((r) => r.path.startsWith('/sub/app/') && r.path.endsWith('.wasm')), 'the wasm came from the sub-path');
});

test(`${ENGINE}: all 15 items by keyboard alone, the results' numbers, and both survive a reload`, async () => {
  const { driver, server } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス');
  await tabUntil(driver, () => document.activeElement?.classList.contains('primary'));
  await press(driver, Key.ENTER);

  for (let n = 1; n <= ITEMS; n++) {
    await waitForHeading(driver, `${n}.`);
    assert.equal(await driver.executeScript(() => document.activeElement?.id), 'screen-heading', `item ${n}: focus on the heading`);
    await tabUntil(driver, () => document.activeElement?.type === 'radio');
    await press(driver, Key.SPACE); // checks the first choice
    assert.equal((await driver.findElements(By.css('input[type=radio]'))).length, CHOICES(n), `item ${n} choices`);
    const steps = ANSWER_KEYS.indexOf(MIXED[n - 1]);
    for (let k = 0; k < steps; k++) await press(driver, Key.ARROW_DOWN); // moves and checks
    assert.equal(await driver.executeScript(valueIn, null, CHECKED), MIXED[n - 1], `item ${n}`);
    await waitUntilEquals(driver, textIn, [null, '.progress-text'], `回答済み${n}/${ITEMS}`);
    await tabUntil(driver, () => {
      const el = document.activeElement;
      return el?.getAttribute('rel') === 'next' || (el?.classList.contains('primary') && el.getAttribute('href') === '#/results');
    });
    await press(driver, Key.ENTER);
  }

  await waitForHeading(driver, '結果とアクションプラン');
  assert.deepEqual(await scoreRows(driver), SCORES);
  assert.equal(await text(driver, '.overall-percent'), MIXED_PERCENT);

  await driver.navigate().refresh();
  await waitForHeading(driver, '結果とアクションプラン');
  assert.deepEqual(await scoreRows(driver), SCORES, 'the same numbers after a reload');
  assert.equal(await text(driver, '.progress-text'), `回答済み${ITEMS}/${ITEMS}`);

  // The overview shows each answer given, as many times as it was chosen.
  await driver.get(`${server.url}#/items`);
  await waitForHeading(driver, 'チェック項目の一覧');
  for (const key of ANSWER_KEYS) {
    const times = MIXED.filter((k) => k === key).length;
    assert.equal((await driver.findElements(By.css(`.item-list .status.answered.${key}`))).length, times, key);
  }
});

test(`${ENGINE}: going over the answers with next, previous, back, forward and the item list shows every answer`, async () => {
  const { driver, server } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス');
  // MIXED moves from a later choice to an earlier one between several neighbours (2 → 3,
  // 4 → 5, 5 → 6, 10 → 11): where an item's radio buttons were reused, the browser's own
  // radio-group rule unchecked the new answer there.
  const { forward, backward } = await walkItems(driver, MIXED);
  assert.deepEqual(forward, MIXED, 'every item shows its answer, walking forward with 次の項目');
  assert.deepEqual(backward, MIXED, 'every item shows its answer, walking back with 前の項目');

  // The browser's back and forward buttons, from item 1 (where the walk ended).
  const checked = () => driver.executeScript(valueIn, null, CHECKED);
  for (const n of [2, 3, 4, 5, 6]) {
    await driver.navigate().back();
    await waitForHeading(driver, `${n}.`);
    assert.equal(await checked(), MIXED[n - 1], `back to item ${n}`);
  }
  for (const n of [5, 4, 3]) {
    await driver.navigate().forward();
    await waitForHeading(driver, `${n}.`);
    assert.equal(await checked(), MIXED[n - 1], `forward to item ${n}`);
  }
  // The list of items, then the keyboard: Enter on 次の項目.
  await driver.get(`${server.url}#/items`);
  await waitForHeading(driver, 'チェック項目の一覧');
  await click(driver, '.item-list a[href="#/items/10"]');
  await waitForHeading(driver, '10.');
  assert.equal(await checked(), MIXED[9], 'item 10 from the list');
  await driver.executeScript(() => document.querySelector('a[rel=next]').focus());
  await press(driver, Key.ENTER);
  await waitForHeading(driver, '11.');
  assert.equal(await checked(), MIXED[10], 'item 11 by keyboard');
});

test(`${ENGINE}: an item's deep link survives a reload, and back goes back`, async () => {
  const { driver, server } = app;
  await driver.get(`${server.url}#/items/7`);
  await waitForHeading(driver, '7. 管理担当者を定める');
  await driver.navigate().refresh();
  await waitForHeading(driver, '7. 管理担当者を定める');
  await click(driver, 'a[rel=next]');
  await waitForHeading(driver, '8. 利用者の範囲を決める');
  assert.ok((await driver.getCurrentUrl()).endsWith('#/items/8'));
  await driver.navigate().back();
  await waitForHeading(driver, '7. 管理担当者を定める');
});

test(`${ENGINE}: the explanation opens with official links that open safely in a new tab`, async () => {
  const { driver, server } = app;
  await driver.get(`${server.url}#/items/9`);
  await waitForHeading(driver, '9.');
  await click(driver, '.explanation summary');
  const explanation = await text(driver, '.explanation');
  assert.match(explanation, /多要素認証/);
  assert.match(explanation, /決まった期間ごとの変更は求めなくてよい/);
  const links = await driver.executeScript(() => [...document.querySelectorAll('.explanation a')].map((a) => [a.href, a.target, a.rel]));
  assert.ok(links.length >= 2);
  for (const [href, target, rel] of links) {
    assert.match(href, /^https:\/\//);
    assert.equal(target, '_blank');
    assert.equal(rel, 'noopener noreferrer');
  }
});

test(`${ENGINE}: English can be chosen and is remembered after a reload`, async () => {
  const { driver, server } = app;
  await driver.get(`${server.url}#/items/4`);
  await waitForHeading(driver, '4.');
  await click(driver, '.lang-button');
  await waitForHeading(driver, '4. Make sure cloud use does not conflict');
  // Set after the screen is drawn (an effect): waited for, not read at once.
  await waitInPage(driver, () => document.documentElement.lang === 'en');
  assert.match(await driver.executeScript((key) => localStorage.getItem(key), keys().settings), /"lang":"en"/);
  await driver.navigate().refresh();
  await waitForHeading(driver, '4. Make sure cloud use does not conflict');
  assert.match(await text(driver, 'body'), /IPA's original wording/);
  await click(driver, '.lang-button');
  await waitForHeading(driver, '4. セキュリティのルールと矛盾しないようにする');
});

test(`${ENGINE}: delete all takes the letter's sender and every area's checks, here and in another open tab`, async () => {
  const { driver, server } = app;
  const k = keys();
  const course = keys('course-a');
  const SENDER = '株式会社サンプル';
  // A check with questions for the provider (so the letter and its sender show), kept in the
  // site's own area and in a course's; a third-party key of the same site stays.
  const record = exportFile([{ id: 'del1', name: '会計ソフト', answers: Object.fromEntries(MIXED.map((a, i) => [ITEM_IDS[i], a])) }]);
  // Stored before the app runs.
  await driver.get(`${server.origin}${BLANK}`);
  await driver.executeScript((entries) => { for (const [key, v] of entries) localStorage.setItem(key, v); },
    [[`${k.assessment}del1`, record], [k.settings, JSON.stringify({ lang: 'ja', current: 'del1' })],
      [`${course.assessment}del1`, record], ['another-app', 'kept']]);
  await driver.get(`${server.url}#/results`);
  await waitForHeading(driver, '結果');
  const company = await driver.findElement(By.css('#sender-company'));
  await driver.executeScript((f) => f.scrollIntoView({ block: 'center' }), company);
  await company.sendKeys(SENDER);
  await waitInPage(driver, (key, v) => localStorage.getItem(key)?.includes(v), [k.settings, SENDER]);
  const ours = () => Object.entries(localStorage).filter(([key]) => key.startsWith('ipa-cloud-check:'));

  // A second tab shows the same check and sender.
  const first = await driver.getWindowHandle();
  await driver.switchTo().newWindow('tab');
  const second = await driver.getWindowHandle();
  await driver.get(`${server.url}#/results`);
  await waitForHeading(driver, '結果');
  await waitUntilEquals(driver, valueIn, [null, '#sender-company'], SENDER);

  // Delete all in the first tab: every key of this tool goes, whichever area held it.
  await driver.switchTo().window(first);
  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');
  await button(driver, 'この端末のデータをすべて削除');
  assert.match(await text(driver, '.confirm'), /問い合わせ文の差出人/, 'the question says the sender goes too');
  await button(driver, 'すべて削除する');
  await waitInPage(driver, () => document.querySelector('.banner.notice') !== null);
  assert.deepEqual(await driver.executeScript(ours), []);
  assert.equal(await driver.executeScript(() => localStorage.getItem('another-app')), 'kept');

  // The other tab forgot it too, says so, and writes nothing of it back when used.
  await driver.switchTo().window(second);
  await waitInPage(driver, () => /別のタブで、このツールのデータがすべて削除されました/.test(document.body.textContent));
  assert.equal(await driver.executeScript(() => document.getElementById('sender-company')), null, 'no letter: nothing answered');
  await click(driver, '.lang-button');
  await waitForHeading(driver, 'Results');
  await driver.navigate().refresh();
  await waitForHeading(driver, 'Results');

  // And the first tab: switching the language and reloading bring nothing back.
  await driver.switchTo().window(first);
  await click(driver, '.lang-button');
  await waitForHeading(driver, 'My checks');
  await driver.navigate().refresh();
  await waitForHeading(driver, 'My checks');
  const left = await driver.executeScript(ours);
  assert.ok(left.every(([key, v]) => !key.includes(':assessment:') && !v.includes(SENDER) && !v.includes('会計ソフト')), JSON.stringify(left));
  assert.doesNotMatch(await text(driver, 'main'), /会計ソフト/, 'no check of that name is listed');
  await driver.switchTo().window(second);
  await driver.close();
  await driver.switchTo().window(first);
});

/** The answers the overview shows, as { itemNumber: statusText }. */
async function shownAnswers(driver, url) {
  await driver.get(`${url}#/items`);
  await waitForHeading(driver, 'チェック項目の一覧');
  return driver.executeScript(() => Object.fromEntries([...document.querySelectorAll('.item-list a')].map((a) => [
    a.querySelector('.item-number').textContent, a.querySelector('.status').textContent])));
}

test(`${ENGINE}: exports hold the answers; after deleting everything, the JSON imports them back, all by keyboard, the focus never lost`, async () => {
  const { driver, server, downloads } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス');
  const name = await driver.findElement(By.css('#service-name'));
  await name.sendKeys('会計ソフト');
  await answer(driver, server.url, 3, 'partly');
  await driver.findElement(By.css('textarea[id^=memo-]')).sendKeys('顧客名簿あり');
  await answer(driver, server.url, 9, 'unknown');
  await waitInPage(driver, () => document.querySelector('.saved') !== null);
  const before = await shownAnswers(driver, server.url);
  assert.equal(before['3'], '一部のみ');
  // A reload resumes exactly, the memo too.
  await driver.navigate().refresh();
  assert.deepEqual(await shownAnswers(driver, server.url), before);
  await driver.get(`${server.url}#/items/3`);
  await waitForHeading(driver, '3.');
  assert.equal(await driver.executeScript(valueIn, null, 'textarea[id^=memo-]'), '顧客名簿あり');

  // From here on by keyboard (WCAG 2.1.1), and wherever a pressed control goes away the
  // focus lands somewhere that answers it, never on the page itself (2.4.3).
  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');
  await byKeys(driver, 'JSONで書き出す', '.check-card.current');
  const json = await downloaded(downloads, /^cloud-check_会計ソフト_\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(json.text);
  assert.equal(parsed.format, 'ipa-cloud-check');
  assert.equal(parsed.assessments[0].service_name, '会計ソフト');
  assert.deepEqual(parsed.assessments[0].answers['data-importance'], { answer: 'partly', memo: '顧客名簿あり' });

  await byKeys(driver, 'CSVで書き出す', '.check-card.current');
  const csv = await downloaded(downloads, /^cloud-check_会計ソフト_\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(csv.text.startsWith('\u{feff}'), 'a byte order mark for Excel');
  // Every cell is quoted and none of these holds a quote: split on the separators.
  const rows = csv.text.slice(1).trim().split('\r\n').map((row) => row.slice(1, -1).split('","'));
  assert.equal(rows.length, 1 + ITEMS, 'a header and every item');
  assert.deepEqual(rows[3].slice(0, 3).concat(rows[3].slice(4, 6)), ['会計ソフト', '3', 'data-importance', 'partly', '一部のみ']);
  assert.deepEqual(rows[9].slice(4, 6), ['unknown', 'わからない']);
  assert.deepEqual(rows[1].slice(4, 6), ['', ''], 'an unanswered item is empty');

  // Delete all my data: two steps, then the list of what was removed; nothing is left.
  // The question takes the focus; cancelling gives it back to the button.
  await byKeys(driver, 'この端末のデータをすべて削除');
  assert.match(await focused(driver), /^p: このブラウザがこのサイトに保存している/, 'the question is read first');
  await tabUntil(driver, isFocused('やめる'));
  await press(driver, Key.ENTER);
  assert.equal(await focused(driver), 'button: この端末のデータをすべて削除', 'back to the button');
  await press(driver, Key.ENTER);
  await tabUntil(driver, isFocused('すべて削除する'));
  await press(driver, Key.ENTER);
  await waitInPage(driver, () => document.querySelector('.banner.notice') !== null);
  assert.equal(await focused(driver), 'button: この端末のデータをすべて削除', 'the focus stays where it was');
  const notice = await text(driver, '.banner.notice');
  assert.ok(notice.includes(keys().assessment) && notice.includes(keys().settings), notice);
  assert.equal(await driver.executeScript(() => localStorage.length), 0);
  await driver.navigate().refresh();
  await waitForHeading(driver, 'チェックの一覧');
  assert.ok(Object.values(await shownAnswers(driver, server.url)).every((s) => s === '未回答'), 'nothing is left');

  // Import the JSON file: the preview names it, then the same answers come back.
  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');
  const file = join(tmpdir(), `cloud-check-import-${ENGINE}.json`);
  await writeFile(file, json.text);
  await driver.findElement(By.css('#import-file')).sendKeys(file);
  assert.match(await text(driver, '.preview'), /会計ソフト/);
  await byKeys(driver, '新しいチェックとして取り込む');
  assert.match(await text(driver, '.banner.notice'), /1件のチェックを取り込みました/);
  // The preview and its buttons went away: the message that answers takes the focus.
  assert.match(await focused(driver), /^div: 1件のチェックを取り込みました/, 'the focus is on the result');
  assert.deepEqual(await shownAnswers(driver, server.url), before, 'the same answers came back');
});

test(`${ENGINE}: checking a second service from the start screen starts a new check and never renames the first`, async () => {
  const { driver, server } = app;
  await driver.get(server.url);
  await waitForHeading(driver, 'そのクラウドサービス');
  // Nothing recorded yet: no check to name, nothing said to be saved.
  assert.equal(await driver.executeScript(() => document.querySelector('.current-check, .saved')), null);
  await driver.findElement(By.css('#service-name')).sendKeys('会計ソフト');
  await answer(driver, server.url, 1, 'done');
  await answer(driver, server.url, 2, 'partly');
  await waitInPage(driver, () => document.querySelector('.saved') !== null);

  // Back on the start screen for the next service: the open check is not renamed from here.
  await driver.get(`${server.url}#/`);
  await waitForHeading(driver, 'そのクラウドサービス');
  assert.equal(await driver.executeScript(() => document.getElementById('service-name')), null, 'no field renames the open check');
  await driver.findElement(By.css('#another-service-name')).sendKeys('Google Workspace');
  await button(driver, '新しいチェックを始める');
  await waitForHeading(driver, '1.');
  await waitInPage(driver, () => document.querySelector('.current-check')?.textContent.includes('Google Workspace') ?? false, [], 'the new check named');
  assert.equal(await driver.executeScript(() => document.querySelector('input[type=radio]:checked')?.value ?? null), null, 'the new check has no answers');
  await answer(driver, server.url, 1, 'not_done');

  // Both are in My checks, each with its own name and answers, after a reload too.
  const cards = () => driver.executeScript(() => [...document.querySelectorAll('.check-card')].map((c) => [c.querySelector('.check-name')?.firstChild?.textContent.trim(), c.querySelector('.check-meta')?.textContent ?? '']));
  for (const reload of [false, true]) {
    await driver.get(`${server.url}#/checks`);
    if (reload) await driver.navigate().refresh();
    await waitForHeading(driver, 'チェックの一覧');
    const shown = new Map(await cards());
    assert.deepEqual([...shown.keys()].sort(), ['Google Workspace', '会計ソフト'], 'two checks, neither renamed');
    assert.match(shown.get('会計ソフト'), /回答済み2\/15/);
    assert.match(shown.get('Google Workspace'), /回答済み1\/15/);
  }
  // The first check, opened again, has its answers and its name.
  await button(driver, '開く', '.check-card:not(.current)');
  await waitForHeading(driver, 'そのクラウドサービス');
  await waitInPage(driver, () => document.querySelector('.current-check')?.textContent.includes('会計ソフト') ?? false, [], 'the first check open again');
  await driver.get(`${server.url}#/items/2`);
  await waitForHeading(driver, '2.');
  await waitUntilEquals(driver, valueIn, [null, CHECKED], 'partly');
});
