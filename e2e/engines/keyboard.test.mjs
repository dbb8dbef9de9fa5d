// Every feature by keyboard alone, in the engine named by ENGINE (Chromium, Firefox or
// WebKit; WCAG 2.1.1): rename, delete and undo, compare, the plan's fields, the letter and its
// question boxes, the calendar file and print, each reached with Tab and worked with Enter,
// Space or typing; and where a pressed control goes away, the focus lands on what answers
// it (2.4.3). Answering, export, delete all and import by keyboard are in journeys.test.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportFile, ITEM_IDS, keys, MIXED } from '../lib/fixtures.mjs';
import { ENGINE, Key, downloaded, press, tabUntil, text, useEngine, waitForHeading, waitInPage } from './lib/harness.mjs';

const BLANK = '/site/blank.html';
const app = useEngine({
  extra: { [BLANK]: { type: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Site</title></head><body></body></html>' } },
});

/** What has the focus: its tag and the start of its text, or its id for a field ("body" when nothing has it). */
const focused = (driver) => driver.executeScript(() => {
  const a = document.activeElement;
  if (!a || a === document.body) return 'body';
  return a.matches('input, textarea, select') ? `${a.tagName.toLowerCase()}#${a.id}` : `${a.tagName.toLowerCase()}: ${a.textContent.trim().slice(0, 40)}`;
});

/** A page script for tabUntil: whether the focus is on the control reading `label` (inside `within`). */
const isFocused = (label, within = 'body') =>
  `const a = document.activeElement; return !!a?.closest(${JSON.stringify(within)}) && a.textContent.trim() === ${JSON.stringify(label)};`;
/** A page script for tabUntil: whether the focus is on the element matching `selector`. */
const isOn = (selector) => `return !!document.activeElement?.matches(${JSON.stringify(selector)});`;

/** Tabs to the control reading `label` (inside `within`) and presses Enter. */
async function byKeys(driver, label, within = 'body') {
  await tabUntil(driver, isFocused(label, within), { limit: 200 });
  await press(driver, Key.ENTER);
}

test(`${ENGINE}: rename, delete and undo, compare, the plan, the letter, the calendar file and print, by keyboard alone`, async () => {
  const { driver, server, downloads } = app;
  const k = keys();
  const answers = (list) => Object.fromEntries(list.map((a, i) => [ITEM_IDS[i], a]));
  await driver.get(`${server.origin}${BLANK}`);
  await driver.executeScript((entries) => { for (const [key, v] of entries) localStorage.setItem(key, v); },
    [[`${k.assessment}kb1`, exportFile([{ id: 'kb1', name: '会計ソフト', answers: answers(MIXED) }])],
      [`${k.assessment}kb2`, exportFile([{ id: 'kb2', name: 'グループウェア', answers: answers(MIXED.map(() => 'done')) }])],
      [k.settings, JSON.stringify({ lang: 'ja', current: 'kb1' })]]);
  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');

  // Rename: the field takes the focus; Enter saves and gives the focus back to the button.
  await byKeys(driver, '名前を変える', '.check-card.current');
  assert.equal(await focused(driver), 'input#rename-kb1');
  await press(driver, Key.END, ' 2027');
  await press(driver, Key.ENTER);
  await waitInPage(driver, () => document.querySelector('.check-card.current .check-name')?.textContent.startsWith('会計ソフト 2027'));
  assert.equal(await focused(driver), 'button: 名前を変える');

  // Delete the other check: the question, then the result with its undo button next.
  await byKeys(driver, '削除', '.check-card:not(.current)');
  assert.match(await focused(driver), /^p: 「グループウェア」を削除しますか/);
  await tabUntil(driver, isFocused('削除する'));
  await press(driver, Key.ENTER);
  await waitInPage(driver, () => document.querySelectorAll('.check-card').length === 1);
  assert.match(await focused(driver), /^div: 「グループウェア」を削除しました/);
  await tabUntil(driver, isFocused('元に戻す'), { limit: 3 });
  await press(driver, Key.ENTER);
  await waitInPage(driver, () => document.querySelectorAll('.check-card').length === 2);
  // Brought back and opened, as the message that now has the focus says; open the first again.
  assert.match(await focused(driver), /^div: 「グループウェア」を元に戻して開きました/);
  await byKeys(driver, '開く', '.check-card:not(.current)');
  await waitForHeading(driver, 'そのクラウドサービス');

  // Compare, from the list: a link, by Enter.
  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');
  await byKeys(driver, '2つを比べる');
  await waitForHeading(driver, '2つのチェックを比べる');
  assert.match(await text(driver, '.compare'), /回答が違う項目：\d+件/);

  // The results: a step's owner typed, the letter's addressee typed, a question ticked with
  // Space, the calendar file and print with Enter.
  await driver.get(`${server.url}#/results`);
  await waitForHeading(driver, '結果');
  await tabUntil(driver, isOn('#step-authentication-owner'), { limit: 200 });
  await press(driver, 'Yamada');
  await waitInPage(driver, () => document.getElementById('step-authentication-owner').value === 'Yamada');
  await tabUntil(driver, isOn('#provider-name'), { limit: 200 });
  await press(driver, 'Cloud Kaikei');
  await waitInPage(driver, () => document.getElementById('provider-message-ja').value.startsWith('Cloud Kaikei'));
  await tabUntil(driver, isOn('.letter-questions input[value=rules-conflict]'), { limit: 40 });
  await press(driver, Key.SPACE);
  await waitInPage(driver, () => document.getElementById('provider-message-ja').value.includes('（項目4：社内ルール）'));
  await byKeys(driver, 'カレンダーに登録（.ics）');
  const ics = await downloaded(downloads, /\.ics$/);
  assert.match(ics.text, /^BEGIN:VCALENDAR/);
  // The browser's print dialog is not the page's: the button's call to it is what is checked.
  await driver.executeScript(() => { window.print = () => { document.body.dataset.printed = 'yes'; }; });
  await byKeys(driver, '印刷・PDFで保存');
  await waitInPage(driver, () => document.body.dataset.printed === 'yes');
  // After a reload, what was typed is kept.
  await driver.navigate().refresh();
  await waitForHeading(driver, '結果');
  assert.equal(await driver.executeScript(() => document.getElementById('step-authentication-owner').value), 'Yamada');
});
