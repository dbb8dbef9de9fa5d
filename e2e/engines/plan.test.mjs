// The owner's plan, in the engine named by ENGINE (Chromium, Firefox or WebKit): from a check
// with gaps, the results give an honest verdict, "this week" and the plan in order of what
// matters; who, by when and the status are kept through a reload, an export and an import
// into emptied storage; marking a step done offers to change the answer, which takes it out
// of the plan; the letter carries the item labels, the addressee and the sender; and the
// review date downloads as a calendar file that a real iCalendar parser (ical.js) reads. The
// letter names the product, asks what the owner ticked (the company's own questions are
// not ticked at first), marks only those steps as sent, and keeps the owner's own text
// through a reload, an export and an import until they go back to the tool's.
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { exportFile, ITEM_IDS, itemText, keys, MIXED } from '../lib/fixtures.mjs';
import { By, ENGINE, button, click, downloaded, text, useEngine, valueIn, waitForHeading, waitInPage, waitUntilEquals } from './lib/harness.mjs';

const BLANK = '/site/blank.html';
const app = useEngine({
  extra: { [BLANK]: { type: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Site</title></head><body></body></html>' } },
});

/** Types `value` into the field `#id`, as a person does. */
async function type(driver, id, value) {
  const field = await driver.findElement(By.css(`#${id}`));
  await driver.executeScript((f) => f.scrollIntoView({ block: 'center' }), field);
  await field.sendKeys(value);
  await waitUntilEquals(driver, valueIn, [null, `#${id}`], value);
}

/** Chooses `value` in the select `#id`. */
async function choose(driver, id, value) {
  await click(driver, `#${id}`);
  await click(driver, `#${id} option[value=${value}]`);
  await waitUntilEquals(driver, valueIn, [null, `#${id}`], value);
}

/** Sets a date field: each engine types dates in its own way, so the value is set as a date picker sets it. */
async function pickDate(driver, id, value) {
  await driver.executeScript((i, v) => {
    const f = document.getElementById(i);
    f.value = v;
    f.dispatchEvent(new Event('input', { bubbles: true }));
  }, id, value);
  await waitUntilEquals(driver, valueIn, [null, `#${id}`], value);
}

const fields = (driver) => driver.executeScript(() => Object.fromEntries(['step-authentication-owner', 'step-authentication-status',
  'step-data-importance-owner', 'step-data-importance-due', 'provider-name'].map((id) => [id, document.getElementById(id)?.value ?? null])));

test(`${ENGINE}: a check with gaps becomes a plan that is worked through, kept, sent and put in the calendar`, async () => {
  const { driver, server, downloads } = app;
  // A check answered as MIXED (9 一部のみ, 10 わからない, 3 未対応, 4 わからない, 5 一部のみ).
  const k = keys();
  const record = exportFile([{ id: 'plan1', name: '会計ソフト', answers: Object.fromEntries(MIXED.map((a, i) => [ITEM_IDS[i], a])) }]);
  await driver.get(`${server.origin}${BLANK}`);
  await driver.executeScript((entries) => { for (const [key, v] of entries) localStorage.setItem(key, v); },
    [[`${k.assessment}plan1`, record], [k.settings, JSON.stringify({ lang: 'ja', current: 'plan1' })]]);
  await driver.get(`${server.url}#/results`);
  await waitForHeading(driver, '結果');

  // An honest verdict: 68 % is not praised while backup is "don't know".
  assert.doesNotMatch(await text(driver, '.summary .level'), /^よくできています/);
  assert.match(await text(driver, '.critical-missing'), /10\. バックアップに責任を持つ/);
  // This week: three concrete actions; the plan: key safeguards first.
  assert.equal((await driver.findElements(By.css('.week-list li'))).length, 3);
  assert.match(await text(driver, '.week-list'), /多要素認証/);
  // Backup, a key safeguard answered わからない, comes first with its own action.
  assert.ok((await text(driver, '.week-list li')).includes(itemText(10, 'quick_win')), "item 10's action this week");
  const order = await driver.executeScript(() => [...document.querySelectorAll('.plan-step h3')].map((h) => h.textContent.split('.')[0]));
  // A key safeguard with nothing in place (10) before one in place in part (9).
  assert.deepEqual(order, ['10', '9', '3', '4', '5']);
  assert.match(await text(driver, '.critical-missing'), /10\. バックアップ[\s\S]*9\. 利用者の認証[\s\S]*「一部のみ」：/);

  // One tap from the top to "if something happens now", and from the menu of parts to the
  // letter: the screen stays, focus moves to the part.
  await click(driver, '.incident-jump a');
  await waitInPage(driver, () => document.activeElement?.id === 'incident-heading');
  assert.equal(await driver.executeScript(() => location.hash), '#/results');
  await click(driver, '.page-menu a[href="#letter-heading"]');
  await waitInPage(driver, () => document.activeElement?.id === 'letter-heading');
  assert.equal(await driver.executeScript(() => location.hash), '#/results');
  await click(driver, '.page-menu a[href="#plan-heading"]');
  await waitInPage(driver, () => document.activeElement?.id === 'plan-heading');
  await waitForHeading(driver, '結果');

  // Who, by when, how far, on two steps; the third marked done.
  await type(driver, 'step-authentication-owner', '山田');
  await choose(driver, 'step-authentication-status', 'waiting');
  await type(driver, 'step-data-importance-owner', '経理担当');
  await pickDate(driver, 'step-data-importance-due', '2027-01-15');
  await choose(driver, 'step-backup-status', 'done');
  await waitInPage(driver, () => document.querySelector('.plan-progress')?.textContent.includes('5件中1件が完了'));
  // No double bookkeeping: done offers to change the answer, which takes it out of the plan.
  await button(driver, '回答を「確認・対応済み」にする');
  await waitInPage(driver, () => document.querySelectorAll('.plan-step').length === 4);
  // Backup done; sign-in is still only partly in place, and still named.
  assert.doesNotMatch(await text(driver, '.critical-missing'), /10\. バックアップ/);
  assert.match(await text(driver, '.critical-missing'), /9\. 利用者の認証/);

  // The letter: addressee, product, sender, and each question labelled with its item. It
  // asks what the provider can answer (5, and 9: can MFA be made compulsory?); item 4, the
  // company's own rules answered わからない, has a box of its own, not ticked.
  const letterText = () => driver.executeScript(() => document.getElementById('provider-message-ja').value);
  const labels = (letter) => letter.match(/（項目\d+：[^）]+）/g);
  await type(driver, 'provider-name', 'クラウド会計株式会社');
  await type(driver, 'provider-product', 'クラウド会計 スタンダード');
  await type(driver, 'sender-company', '株式会社サンプル');
  await type(driver, 'sender-person', '鈴木');
  let letter = await letterText();
  assert.match(letter, /^クラウド会計株式会社\nご担当者様\n/);
  assert.match(letter, /いつもお世話になっております。株式会社サンプルの鈴木と申します。\n貴社の「クラウド会計 スタンダード」について/,
    'the product, not the check\'s own name (会計ソフト)');
  assert.deepEqual(labels(letter), ['（項目5：事業者の信頼性）', '（項目9：利用者の認証）']);
  // Each asks the item's own question, whole (the release build carries these texts in the
  // results' part, apart from the first load: content::LaterText).
  for (const n of [5, 9]) assert.ok(letter.includes(itemText(n, 'provider_question')), `item ${n}'s question`);
  assert.match(letter, /書面（メール可）でご回答いただけますと幸いです/);
  // Sent: only the steps whose question went in wait for the provider; the owner's own
  // (4: find out in-house; 3: assess the data) stay 未着手.
  await button(driver, '送った（回答待ちにする）');
  await waitUntilEquals(driver, valueIn, [null, '#step-provider-trust-status'], 'waiting');
  assert.equal(await driver.executeScript(valueIn, null, '#step-rules-conflict-status'), 'todo');
  assert.equal(await driver.executeScript(valueIn, null, '#step-data-importance-status'), 'todo');
  // Ticked, item 4's question goes in, in the checklist's order.
  await click(driver, '.letter-questions input[value=rules-conflict]');
  await waitInPage(driver, () => document.getElementById('provider-message-ja').value.includes('（項目4：社内ルール）'));
  assert.deepEqual(labels(await letterText()), ['（項目4：社内ルール）', '（項目5：事業者の信頼性）', '（項目9：利用者の認証）']);
  // The owner rewrites the letter: the text is theirs, kept with the check, and no longer
  // follows the fields.
  const field = await driver.findElement(By.css('#provider-message-ja'));
  await driver.executeScript((f) => f.scrollIntoView({ block: 'center' }), field);
  await field.sendKeys('\n追伸：先日お電話した件です。');
  await waitInPage(driver, () => document.getElementById('provider-message-ja').value.endsWith('追伸：先日お電話した件です。'));
  const edited = await letterText();
  await waitInPage(driver, () => document.querySelector('.letter-edited') !== null);

  // A reload keeps it all; the sender too (kept on this device).
  const noted = await fields(driver);
  assert.deepEqual(noted, {
    'step-authentication-owner': '山田', 'step-authentication-status': 'waiting',
    'step-data-importance-owner': '経理担当', 'step-data-importance-due': '2027-01-15', 'provider-name': 'クラウド会計株式会社',
  });
  await driver.navigate().refresh();
  await waitForHeading(driver, '結果');
  assert.deepEqual(await fields(driver), noted, 'kept through a reload');
  assert.equal(await driver.executeScript(() => document.getElementById('sender-company').value), '株式会社サンプル');
  assert.equal(await letterText(), edited, 'the rewritten letter, kept through a reload');
  await type(driver, 'provider-account', 'AC-9');
  assert.equal(await letterText(), edited, 'a field changed afterwards leaves the rewritten text alone');

  // The review date as a calendar file, read by a real iCalendar parser.
  await button(driver, 'カレンダーに登録（.ics）');
  const ics = await downloaded(downloads, /^cloud-check_会計ソフト_\d{4}-\d{2}-\d{2}\.ics$/);
  const event = new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent');
  const start = event.getFirstPropertyValue('dtstart');
  // The answers changed today and sign-in is still partly in place: three months on (a day
  // the month lacks moves to its last).
  const now = new Date();
  const [y, m] = [now.getUTCFullYear(), now.getUTCMonth() + 3];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const review = new Date(Date.UTC(y, m, Math.min(now.getUTCDate(), last)));
  assert.equal(start.toString(), review.toISOString().slice(0, 10), 'three months after the answers last changed');
  assert.equal(start.isDate, true, 'an all-day event');
  assert.match(event.getFirstPropertyValue('summary'), /会計ソフト/);
  assert.match(await text(driver, '.review-date'), /次の見直し/);
  // It reminds (a week before, and at 9:00 on the day), links to the tool and says to open
  // last time's JSON first.
  const alarms = event.getAllSubcomponents('valarm');
  assert.deepEqual(alarms.map((a) => [a.getFirstPropertyValue('action'), a.getFirstPropertyValue('trigger').toString()]), [['DISPLAY', '-P7D'], ['DISPLAY', 'PT9H']]);
  assert.ok(alarms.every((a) => /会計ソフト/.test(a.getFirstPropertyValue('description'))));
  assert.equal(event.getFirstPropertyValue('url'), server.url);
  assert.match(event.getFirstPropertyValue('description'), /前回書き出したJSONファイル[\s\S]*ツール：http:\/\/127\.0\.0\.1:\d+\/sub\/app\/$/);
  // As a choice, the working list's open due date and the reply-by date of the letter sent
  // above become events of their own, each with a reminder on its morning.
  await rm(join(downloads, ics.name));
  await click(driver, '#calendar-deadlines');
  await button(driver, 'カレンダーに登録（.ics）');
  const more = await downloaded(downloads, /^cloud-check_会計ソフト_\d{4}-\d{2}-\d{2}\.ics$/);
  await rm(join(downloads, more.name));
  const events = new ICAL.Component(ICAL.parse(more.text)).getAllSubcomponents('vevent');
  const dated = events.slice(1).map((e) => [e.getFirstPropertyValue('dtstart').toString(), e.getFirstPropertyValue('summary')]);
  assert.equal(events.length, 3, JSON.stringify(dated));
  assert.deepEqual(dated[0], ['2027-01-15', '期限：項目3 取扱う情報の重要度を確認する（会計ソフト）']);
  assert.match(dated[1][1], /^回答期限：クラウド会計株式会社（会計ソフト）$/);
  assert.equal(dated[1][0], await driver.executeScript(valueIn, null, '#provider-reply_by'), 'the date the letter gave');
  assert.ok(events.slice(1).every((e) => e.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger').toString()).join() === 'PT9H'));

  // A name that reached storage with line breaks (another version, another tab's copy)
  // adds no line to the calendar file: one event, no attendee, only the tool's own link, the
  // name on one line.
  const rename = (name) => driver.executeScript((key, n) => {
    const r = JSON.parse(localStorage.getItem(key));
    r.assessments[0].service_name = n;
    localStorage.setItem(key, JSON.stringify(r));
  }, `${k.assessment}plan1`, name);
  await rename('会計ソフト\r\nATTENDEE:mailto:x@evil.example\rURL:https://evil.example\u2028END:VEVENT\u0000');
  await driver.navigate().refresh();
  await waitForHeading(driver, '結果');
  await button(driver, 'カレンダーに登録（.ics）');
  const hostile = await downloaded(downloads, /^cloud-check_会計ソフト_ATTENDEE.*\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(hostile.text));
  assert.equal(calendar.getAllSubcomponents('vevent').length, 1, 'one event');
  const only = calendar.getFirstSubcomponent('vevent');
  assert.deepEqual([only.getAllProperties('attendee').length, only.getAllProperties('url').map((u) => u.getFirstValue())], [0, [server.url]]);
  assert.equal(only.getFirstPropertyValue('summary'),
    'クラウドサービスの見直し：会計ソフト ATTENDEE:mailto:x@evil.example URL:https://evil.example END:VEVENT');
  await rename('会計ソフト');
  await driver.navigate().refresh();
  await waitForHeading(driver, '結果');

  // Export, delete everything (as a fresh browser would be), import: the plan's notes return.
  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');
  await button(driver, 'JSONで書き出す', '.check-card.current');
  const json = await downloaded(downloads, /^cloud-check_会計ソフト_\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(json.text);
  assert.equal(exported.format_version, 4, 'the product and the letter need format 4');
  // The sender stays on this device; only the letter the owner rewrote (kept with the check,
  // as the page says) carries its name.
  assert.doesNotMatch(JSON.stringify({ ...exported.assessments[0], letter_ja: null }), /株式会社サンプル/, 'the sender stays on this device');
  assert.equal(exported.assessments[0].letter_ja, edited);
  await button(driver, 'この端末のデータをすべて削除');
  await button(driver, 'すべて削除する');
  await waitInPage(driver, () => Object.keys(localStorage).length === 0);
  const file = join(tmpdir(), `cloud-check-plan-${ENGINE}.json`);
  await writeFile(file, json.text);
  await driver.findElement(By.css('#import-file')).sendKeys(file);
  await button(driver, '新しいチェックとして取り込む');
  assert.match(await text(driver, '.banner.notice'), /1件のチェックを取り込みました/);
  await driver.get(`${server.url}#/results`);
  await waitForHeading(driver, '結果');
  // The imported check is the one shown once it is opened from the list.
  if ((await fields(driver))['step-authentication-owner'] !== '山田') {
    await driver.get(`${server.url}#/checks`);
    await waitForHeading(driver, 'チェックの一覧');
    await button(driver, '開く', '.check-card:not(.current)');
    await driver.get(`${server.url}#/results`);
    await waitForHeading(driver, '結果');
  }
  assert.deepEqual(await fields(driver), noted, 'kept through export and import');
  assert.equal(await letterText(), edited, 'the rewritten letter, kept through export and import');
  // Back to the tool's letter, after a question: the ticks and the fields count again.
  await button(driver, '元の文面に戻す');
  await button(driver, '書き換えた文面を消す');
  await waitInPage(driver, () => !document.getElementById('provider-message-ja').value.includes('追伸'));
  letter = await letterText();
  assert.deepEqual(labels(letter), ['（項目4：社内ルール）', '（項目5：事業者の信頼性）', '（項目9：利用者の認証）']);
  assert.match(letter, /「クラウド会計 スタンダード」（契約ID・アカウントID：AC-9）/);
});
